import Link from "next/link";

/**
 * Previous/next links under a paged list (nothing when there is one page). `pageCount`, when known,
 * adds "Page n of m" between them.
 */
export function Pager({
  page,
  hasMore,
  href,
  label = "Pages",
  pageCount,
}: {
  page: number;
  hasMore: boolean;
  href: (page: number) => string;
  label?: string;
  pageCount?: number;
}) {
  if (page <= 1 && !hasMore) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link className="font-medium text-brand-700 underline" href={href(page - 1)}>
          Previous page
        </Link>
      ) : null}
      {pageCount ? (
        <span>
          Page {page} of {pageCount}
        </span>
      ) : null}
      {hasMore ? (
        <Link className="font-medium text-brand-700 underline" href={href(page + 1)}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
