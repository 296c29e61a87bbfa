// Suggested codes for a paragraph, each to accept (a coding) or reject (no longer offered there, to anyone), and
// the suggestions rejected on it: who turned each down and when, with a way to offer it again. Every form acts on
// the whole paragraph (data-suggestion: the selection script leaves their offsets alone).
import { usePage } from '../../../views/page-context.ts';
import type { Code } from '../codebook.ts';
import type { SuggestionRejection } from '../coding.ts';
import { codeLabel } from './labels.ts';
import { PassageFields, RemoveButton, type PassageFieldsProps } from './passage-forms.tsx';

export function SuggestionForms({ codes, ...fields }: PassageFieldsProps & { codes: readonly Code[] }) {
  const { i18n } = usePage();
  const { base } = fields.context;
  return (
    <>
      {codes.map((code) => {
        const label = codeLabel(code, i18n.locale).text;
        // One form, two buttons: accepting posts it as a coding, rejecting (formaction) as a rejection; no script.
        return (
          <form method="post" action={`${base}/codings`} data-suggestion="">
            <PassageFields {...fields} />
            <input type="hidden" name="code-id" value={code.id} />
            <input type="hidden" name="source" value="suggestion-accepted" />
            <button type="submit" class="secondary">{i18n.t('analysis.accept-suggestion', { code: label })}</button>
            <button type="submit" class="secondary" formAction={`${base}/suggestions/reject`}>{i18n.t('analysis.reject-suggestion', { code: label })}</button>
          </form>
        );
      })}
    </>
  );
}

export function RejectedSuggestions({ context, inputId, rejections }: Pick<PassageFieldsProps, 'context' | 'inputId'> & { rejections: readonly SuggestionRejection[] }) {
  const { i18n } = usePage();
  const { t } = i18n;
  if (!rejections.length) return null;
  return (
    <details class="rejected-suggestions">
      <summary>{t('analysis.show-rejected', { count: rejections.length })}</summary>
      <ul class="codings">
        {rejections.map((rejection) => {
          const label = codeLabel(context.codesById.get(rejection.codeId), i18n.locale);
          const who = context.staffNames.get(rejection.rejectedBy) ?? t('analysis.former-member');
          const day = i18n.formatDate(`${rejection.rejectedOn}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
          return (
            <li>
              <strong lang={label.lang}>{label.text}</strong> <span class="meta">{t('analysis.rejected-by', { who, day })}</span>{' '}
              <RemoveButton context={context} inputId={inputId} action={`${context.base}/suggestions/restore`} name="rejection" value={rejection.id}
                label={t('analysis.restore-suggestion', { code: label.text })} />
            </li>
          );
        })}
      </ul>
    </details>
  );
}
