// Hidden fields that carry the page's filters through a form, so the redirect after it lands on the same view.
import { filterNames, type AnswerFilters } from '../answer-filters.ts';

export function ReturnFields({ filters, page }: { filters: AnswerFilters; page: number }) {
  return (
    <>
      {filterNames.map((name) => (filters[name] ? <input type="hidden" name={name} value={filters[name]} /> : null))}
      {page > 1 ? <input type="hidden" name="page" value={String(page)} /> : null}
    </>
  );
}
