// A table of codes as the codebook page lists them: label, key, how many terms suggest each in every language,
// and the links and buttons to edit, archive or restore it.
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { codebookLanguages, type Code } from '../codebook.ts';
import { codeLabel } from './labels.ts';

export function CodeTable({ base, codes, action }: { base: string; codes: Code[]; action: 'archive' | 'restore' }) {
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
