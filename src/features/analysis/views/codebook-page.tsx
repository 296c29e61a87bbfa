// A call's codebook as staff keep it: each active category (to rename, move, archive) with its codes, their keys and
// how many terms suggest them in each language; archived codes and categories apart, since codings still name them
// and they can come back.
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../../calls/index.ts';
import type { CategoryWithCodes } from '../list-codebook.ts';
import { CategorySection, type CategoryProblem } from './category-section.tsx';
import { CodeTable } from './code-table.tsx';

interface CodebookPageProps {
  call: Call;
  codebook: CategoryWithCodes[];
  notice: { key: string; count: number } | null;
  problem?: CategoryProblem | null;
}

export function CodebookPage({ call, codebook, notice, problem = null }: CodebookPageProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  const base = `/staff/calls/${call.id}/codebook`;
  const categories = codebook.filter((category) => !category.archived);
  const retired = codebook.filter((category) => category.archived);
  const archived = codebook.flatMap((category) => category.codes.filter((code) => code.archived));
  return (
    <section>
      <p><a href="/staff">{t('analysis.back-to-staff')}</a></p>
      <h1>{t('analysis.codebook-title')} <span class="meta" lang={title.lang}>{title.text}</span></h1>
      {notice ? <p class="notice" role="status">{t(notice.key, { count: notice.count })}</p> : null}
      {problem ? <RefusalSummary problem={problem} codebook={codebook} /> : null}
      <p class="hint">{t('analysis.codebook-intro')}</p>
      {categories.length ? null : <p>{t('analysis.codebook-empty')}</p>}
      <p class="actions">
        {categories.length ? <a class="button secondary" href={`${base}/new`}>{t('analysis.codebook-add')}</a> : null}
        <a class="button secondary" href={`${base}/categories/new`}>{t('analysis.category-add')}</a>
      </p>
      {categories.map((category, index) => (
        <CategorySection base={base} category={category} first={index === 0} last={index === categories.length - 1}
          problem={problem?.categoryId === category.id ? problem : null} />
      ))}
      {archived.length ? (
        <>
          <h2>{t('analysis.codebook-archived-heading')}</h2>
          <p class="hint">{t('analysis.codebook-archived-intro')}</p>
          <CodeTable base={base} codes={archived} action="restore" />
        </>
      ) : null}
      {retired.length ? (
        <>
          <h2>{t('analysis.category-archived-heading')}</h2>
          <p class="hint">{t('analysis.category-archived-intro')}</p>
          <ul>
            {retired.map((category) => {
              const name = pickTranslation(category.label, i18n.locale);
              return (
                <li id={`category-${category.id}`}>
                  <span lang={name.lang}>{name.text}</span> <code>{category.key}</code>
                  <form method="post" action={`${base}/categories/${category.id}/restore`}>
                    <CsrfField />
                    <button type="submit" class="secondary">{t('analysis.category-restore', { category: name.text })}</button>
                  </form>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** At the top of the page (where the reader lands after posting), what was refused, linking to the category. */
function RefusalSummary({ problem, codebook }: { problem: CategoryProblem; codebook: CategoryWithCodes[] }) {
  const { i18n } = usePage();
  const category = codebook.find((c) => c.id === problem.categoryId);
  const name = category ? pickTranslation(category.label, i18n.locale).text : '';
  const [href, message] = problem.kind === 'rename'
    ? [`#category-${problem.categoryId}-rename`, i18n.t('analysis.category-rename-refused')]
    : [`#category-${problem.categoryId}`, i18n.t('analysis.category-archive-refused-summary', { category: name })];
  return <p class="error-summary" role="alert"><a href={href}>{message}</a></p>;
}
