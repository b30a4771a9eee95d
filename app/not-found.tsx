import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">That page or record does not exist, or you cannot see it.</p>
      <Link className="mt-6 inline-block font-medium text-brand-700 underline" href="/">
        Back to the dashboard
      </Link>
    </main>
  );
}
