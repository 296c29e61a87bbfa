// Page through a call's inputs: `?page=` (from 1) and `?per_page=` (1–100, 50 by default). Anything else is refused
// rather than guessed, so a script with a typo learns at once instead of silently reading the wrong page.

export const defaultPerPage = 50;
export const maxPerPage = 100;

export interface Page {
  page: number;
  perPage: number;
}

export interface PageLinks {
  self: string;
  first: string;
  last: string;
  prev: string | null;
  next: string | null;
}

function positiveInteger(value: unknown, fallback: number): number | null {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

export function readPage(query: Record<string, unknown>): Page | null {
  const page = positiveInteger(query.page, 1);
  const perPage = positiveInteger(query.per_page, defaultPerPage);
  if (page === null || perPage === null || perPage > maxPerPage) return null;
  return { page, perPage };
}

export function pageLinks(base: string, { page, perPage }: Page, total: number): PageLinks {
  const last = Math.max(1, Math.ceil(total / perPage));
  const at = (n: number) => `${base}?page=${n}&per_page=${perPage}`;
  return { self: at(page), first: at(1), last: at(last), prev: page > 1 ? at(Math.min(page - 1, last)) : null, next: page < last ? at(page + 1) : null };
}

/** The same links as an RFC 8288 Link header, which generic HTTP clients follow. */
export function linkHeader(links: PageLinks): string {
  return (['first', 'prev', 'next', 'last'] as const)
    .flatMap((rel) => (links[rel] ? [`<${links[rel]}>; rel="${rel}"`] : []))
    .join(', ');
}
