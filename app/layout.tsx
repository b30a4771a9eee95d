import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Intake Desk", template: "%s · Intake Desk" },
  description: "Admissions dashboard for Residential and IOP care",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { themeColor: "#174c99" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
