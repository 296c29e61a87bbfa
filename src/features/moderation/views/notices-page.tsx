// A member's moderation notices (/moderation/notices): their content moderators hid and why, blocks on their
// posting, each with the one request for a review it allows; and their own reports, told only whether handled.
import { CsrfField, ErrorSummary, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Appeal } from '../appeals.repository.ts';
import type { MemberNotices } from '../notices.ts';

export interface AppealDraft {
  actionId: string;
  statement: string;
  errors: FieldErrors;
}

export function NoticesPage({ notices, draft, notice }: { notices: MemberNotices; draft: AppealDraft | null; notice: string | null }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const date = (iso: string) => i18n.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <section>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <h1>{t('moderation.notices-title')}</h1>
      <p><a href="/moderation/blocks">{t('moderation.blocks-title')}</a></p>
      <h2>{t('moderation.notices-hidden-heading')}</h2>
      {notices.hidings.length ? (
        <ul class="cards">
          {notices.hidings.map(({ hiding, title, current, appeal, answeredFor }) => (
            <li>
              <p>{t('moderation.notices-hidden-item', { title: title ?? t('moderation.item-missing'), date: date(hiding.at), reason: t(`moderation.reason.${hiding.reason}`) })}</p>
              {current ? null : <p class="meta">{t('moderation.notices-restored')}</p>}
              <AppealPart actionId={hiding.actionId} appeal={appeal} open={current} draft={draft} byAnother={answeredFor} />
            </li>
          ))}
        </ul>
      ) : <p>{t('moderation.notices-hidden-none')}</p>}
      <h2>{t('moderation.notices-blocks-heading')}</h2>
      {notices.blocks.length ? (
        <ul class="cards">
          {notices.blocks.map(({ block, actionId, appeal, networkName }) => (
            <li>
              <p>
                {block.networkId ? t('moderation.notices-block-network', { network: networkName ?? '' }) : t('moderation.notices-block-platform')}
                {' '}{t('moderation.notices-reason', { reason: t(`moderation.reason.${block.reason}`) })}
                {' '}{block.endsAt ? t('moderation.block-until', { date: date(new Date(new Date(block.endsAt).getTime() - 1).toISOString()) }) : t('moderation.block-no-end')}
              </p>
              {actionId ? <AppealPart actionId={actionId} appeal={appeal} open draft={draft} /> : null}
            </li>
          ))}
        </ul>
      ) : <p>{t('moderation.notices-blocks-none')}</p>}
      <h2>{t('moderation.notices-reports-heading')}</h2>
      {notices.reports.length ? (
        <ul class="cards">
          {notices.reports.map((report) => (
            <li>
              {t(`moderation.kind.${report.kind}`)}: {report.title ?? t('moderation.item-missing')} · {t(`moderation.reason.${report.reason}`)}
              {' · '}{report.handledAt ? t('moderation.report-status-handled', { date: date(report.handledAt) }) : t('moderation.report-status-pending')}
            </li>
          ))}
        </ul>
      ) : <p>{t('moderation.notices-reports-none')}</p>}
    </section>
  );
}

/**
 * The appeal's state, or the form to make the one appeal a decision allows while it is still in force. `byAnother`:
 * others answer for the item too, and appeals do not record who asked, so a pending one is not said to be the reader's.
 */
function AppealPart({ actionId, appeal, open, draft, byAnother = false }: {
  actionId: string; appeal: Appeal | undefined; open: boolean; draft: AppealDraft | null; byAnother?: boolean;
}) {
  const { i18n } = usePage();
  const { t } = i18n;
  const date = (iso: string) => i18n.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });
  if (appeal?.decidedAt) return <p>{t(`moderation.appeal-outcome.${appeal.outcome}`, { date: date(appeal.decidedAt) })} {appeal.decisionNote}</p>;
  if (appeal) return <p>{t(byAnother ? 'moderation.appeal-pending-answered' : 'moderation.appeal-pending', { date: date(appeal.createdAt) })}</p>;
  if (!open) return null;
  const mine = draft?.actionId === actionId ? draft : null;
  return (
    <details open={mine ? true : undefined}>
      <summary>{t('moderation.appeal-summary')}</summary>
      <p>{t('moderation.appeal-intro')}</p>
      <form method="post" action={`/moderation/appeals/${actionId}`} noValidate>
        <CsrfField />
        <ErrorSummary errors={mine?.errors ?? {}} />
        <TextArea name="statement" label={t('moderation.field-statement')} value={mine?.statement} errors={mine?.errors} rows={4} required />
        <div class="actions"><button type="submit">{t('moderation.submit-appeal')}</button></div>
      </form>
    </details>
  );
}
