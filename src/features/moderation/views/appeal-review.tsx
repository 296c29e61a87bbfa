// Appeals on a case, for platform staff: what the author wrote, and — unless this staff member made the decision
// appealed — the form to restore or uphold, with a reason the author will read.
import { ChoiceGroup, CsrfField, ErrorSummary, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { CaseView } from '../case-view.ts';

export interface AppealForm {
  appealId: string;
  values: { outcome: string; decisionNote: string };
  errors: FieldErrors;
}

export function AppealReviews({ base, view, form }: { base: string; view: CaseView; form: AppealForm | null }) {
  const { i18n, staff } = usePage();
  const { t } = i18n;
  const decisions = view.actions.filter((a) => view.appeals.has(a.id));
  if (!decisions.length) return null;
  return (
    <section aria-labelledby="appeals-heading">
      <h2 id="appeals-heading">{t('moderation.appeals-heading')}</h2>
      {decisions.map((decision) => {
        const appeal = view.appeals.get(decision.id)!;
        const mine = form?.appealId === appeal.id ? form : null;
        const date = (iso: string) => i18n.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });
        return (
          <article id={`appeal-${appeal.id}`} class="answer">
            <p class="meta">{t(`moderation.action.${decision.action}`)} · {date(decision.at)} · {t('moderation.appeal-made', { date: date(appeal.createdAt) })}</p>
            <p><strong>{view.authorless ? t(`moderation.appeal-statement-authorless.${view.authorless}`) : t('moderation.appeal-statement')}</strong></p>
            {appeal.statement.split(/\n{2,}/).map((p) => <p>{p}</p>)}
            {appeal.decidedAt ? (
              <p>{t(`moderation.appeal-outcome.${appeal.outcome}`, { date: date(appeal.decidedAt) })} {appeal.decisionNote}</p>
            ) : decision.moderatorStaffId === staff?.id ? (
              <p class="warning">{t('moderation.appeal-same-moderator')}</p>
            ) : (
              <form method="post" action={`${base}/appeals/${appeal.id}/decide`} noValidate>
                <CsrfField />
                <ErrorSummary errors={mine?.errors ?? {}} />
                <ChoiceGroup
                  name="outcome" label={t('moderation.field-outcome')} selected={[mine?.values.outcome ?? '']} errors={mine?.errors} required
                  options={[{ value: 'restored', label: t(`moderation.outcome-restored.${decision.action}`) }, { value: 'upheld', label: t('moderation.outcome.upheld') }]}
                />
                <TextArea name="decisionNote" label={t('moderation.field-decision-note')} value={mine?.values.decisionNote} errors={mine?.errors} rows={3} required />
                <div class="actions"><button type="submit">{t('moderation.submit-decision')}</button></div>
              </form>
            )}
          </article>
        );
      })}
    </section>
  );
}
