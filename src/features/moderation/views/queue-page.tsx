// The moderation queue, the same table for coordinators (/moderation) and platform staff (/staff/network/moderation):
// one row per reported item, the number of people who reported it and their reasons. The number is a warning sign
// of coordinated reporting, never a reason to act (MODERATION.md "Who decides").
import { usePage } from '../../../views/page-context.ts';
import type { AppealEntry, QueueEntry } from '../queue.ts';
import { PlaceName } from './place-name.tsx';

interface Props {
  base: string;
  entries: QueueEntry[];
  /** Staff only: appeals waiting for review. */
  appeals: AppealEntry[] | null;
  intro: string;
}

export function QueuePage({ base, entries, appeals, intro }: Props) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section>
      <h1>{t('moderation.queue-title')}</h1>
      <p>{t(intro)}</p>
      {appeals ? null : (
        <ul class="links">
          <li><a href="/moderation/notices">{t('moderation.notices-title')}</a></li>
          <li><a href="/moderation/blocks">{t('moderation.blocks-title')}</a></li>
        </ul>
      )}
      {entries.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('moderation.queue-column-item')}</th>
              <th scope="col">{t('moderation.queue-column-place')}</th>
              <th scope="col">{t('moderation.queue-column-reports')}</th>
              <th scope="col">{t('moderation.queue-column-last')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ kase, item, reasons, networkName }) => (
              <tr>
                <td>
                  {t(`moderation.kind.${kase.kind}`)}: <a href={`${base}/cases/${kase.id}`}>{item?.title || t('moderation.item-missing')}</a>
                  {item?.hidden ? <> <span class="badge">{t('moderation.case-hidden')}</span></> : null}
                </td>
                <td><PlaceName scope={kase.scope} networkName={networkName} /></td>
                <td>
                  {t('moderation.queue-count', { count: kase.pendingReports })}
                  <br /><span class="meta">{reasons.map(([reason, count]) => `${t(`moderation.reason.${reason}`)} (${count})`).join(', ')}</span>
                </td>
                <td>{i18n.formatDate(kase.lastReportedAt, { dateStyle: 'medium', timeZone: 'UTC' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{t('moderation.queue-empty')}</p>}
      {appeals ? (
        <section aria-labelledby="appeals-heading">
          <h2 id="appeals-heading">{t('moderation.appeals-heading')}</h2>
          {appeals.length ? (
            <ul class="cards">
              {appeals.map(({ appeal, item }) => (
                <li>
                  {t(`moderation.kind.${appeal.kind}`)}: <a href={`${base}/cases/${appeal.caseId}#appeal-${appeal.id}`}>{item?.title || t('moderation.item-missing')}</a>
                  <span class="meta"> · {i18n.formatDate(appeal.createdAt, { dateStyle: 'medium', timeZone: 'UTC' })}</span>
                </li>
              ))}
            </ul>
          ) : <p>{t('moderation.appeals-empty')}</p>}
        </section>
      ) : null}
    </section>
  );
}
