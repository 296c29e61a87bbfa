// A call's codebook as staff keep it: each category's codes with their key and how many terms suggest them in each
// language; archived codes apart, since codings still name them and they can come back.
import { pickTranslation } from '../../../i18n/translator.ts';
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../../calls/index.ts';
import { codebookLanguages, type Code } from '../codebook.ts';
import type { CategoryWithCodes } from '../list-codebook.ts';
import { codeLabel } from './labels.ts';

interface CodebookPageProps {
  call: Call;
  codebook: CategoryWithCodes[];
  notice: { key: string; count: number } | null;
}

export function CodebookPage({ call, codebook, notice }: CodebookPageProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  const base = `/staff/calls/${call.id}/codebook`;
  const archived = codebook.flatMap((category) => category.codes.filter((code) => code.archived).map((code) => ({ code, category })));
  return (
    <section>
      <p><a href="/staff">{t('analysis.back-to-staff')}</a></p>
      <h1>{t('analysis.codebook-title')} <span class="meta" lang={title.lang}>{title.text}</span></h1>
      {notice ? <p class="notice" role="status">{t(notice.key, { count: notice.count })}</p> : null}
      <p class="hint">{t('analysis.codebook-intro')}</p>
      {codebook.length ? <p><a class="button secondary" href={`${base}/new`}>{t('analysis.codebook-add')}</a></p> : <p>{t('analysis.codebook-empty')}</p>}
      {codebook.map((category) => {
        const heading = pickTranslation(category.label, i18n.locale);
        const active = category.codes.filter((code) => !code.archived);
        return (
          <>
            <h2 lang={heading.lang}>{heading.text}</h2>
            {active.length ? <CodeTable base={base} codes={active} action="archive" /> : <p>{t('analysis.codebook-no-codes')}</p>}
          </>
        );
      })}
      {archived.length ? (
        <>
          <h2>{t('analysis.codebook-archived-heading')}</h2>
          <p class="hint">{t('analysis.codebook-archived-intro')}</p>
          <CodeTable base={base} codes={archived.map((a) => a.code)} action="restore" />
        </>
      ) : null}
    </section>
  );
}

function CodeTable({ base, codes, action }: { base: string; codes: Code[]; action: 'archive' | 'restore' }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('analysis.codebook-column-label')}</th>
          <th scope="col">{t('analysis.codebook-column-key')}</th>
          {codebookLanguages.map((l) => <th scope="col">{t('analysis.codebook-column-terms', { language: t(`domain.language.${l}`) })}</th>)}
          <th scope="col">{t('analysis.codebook-column-actions')}</th>
        </tr>
      </thead>
      <tbody>
        {codes.map((code) => {
          const label = codeLabel(code, i18n.locale);
          return (
            <tr id={`code-${code.id}`}>
              <td lang={label.lang}>{label.text}</td>
              <td><code>{code.key}</code></td>
              {codebookLanguages.map((l) => <td>{code.terms[l]?.length ?? 0}</td>)}
              <td>
                <a href={`${base}/${code.id}`}>{t('analysis.codebook-edit-code', { code: label.text })}</a>
                <form method="post" action={`${base}/${code.id}/${action}`} class="inline">
                  <CsrfField />
                  <button type="submit" class="secondary">{t(action === 'archive' ? 'analysis.codebook-archive' : 'analysis.codebook-restore', { code: label.text })}</button>
                </form>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
