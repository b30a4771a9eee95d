"use client";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white"
    >
      Print
    </button>
  );
}
