// /staff/imports/:id: how far an import is, what became of the messages, and the problems met so far. While the
// import runs the page asks the browser to reload it (a Refresh header, so no script is needed); closing the page
// does not stop the import, which runs on the server.
import { pickTranslation } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../../calls/index.ts';
import type { ImportItemRow } from '../mail-import.repository.ts';
import type { ImportOutcome, ImportRecord } from '../mail-import.ts';
import { ProblemList } from './problem-list.tsx';

export interface ImportProgressPageProps {
  record: ImportRecord;
  call: Call | undefined;
  items: readonly ImportItemRow[];
  /** Whether this member may open the messages to sort (they are sealed to administrators only). */
  maySort: boolean;
}

const importOutcomes: readonly ImportOutcome[] = ['imported', 'duplicate', 'to-sort', 'failed'];

export const isUnderWay = (record: Pick<ImportRecord, 'status'>) => record.status === 'queued' || record.status === 'running';

export function ImportProgressPage({ record, call, items, maySort }: ImportProgressPageProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = call && pickTranslation(call.title, i18n.locale);
  const counts = Object.fromEntries(importOutcomes.map((outcome) => [outcome, items.filter((i) => i.outcome === outcome).length]));
  const problems = items.filter((item) => item.problems.length > 0 || item.outcome === 'failed');
  const underWay = isUnderWay(record);
  return (
    <article>
      <p><a href="/staff/imports">{t('mail-import.back-to-imports')}</a></p>
      <h1>{t('mail-import.progress-title', { day: i18n.formatDate(record.createdOn, { dateStyle: 'long', timeZone: 'UTC' }) })}</h1>
      <dl class="summary">
        <dt>{t('mail-import.column-call')}</dt>
        <dd>{title ? <span lang={title.lang}>{title.text}</span> : t('mail-import.matched-per-message')}</dd>
        <dt>{t('mail-import.column-origin')}</dt><dd>{t(`mail-import.origin.${record.origin}`)}</dd>
        <dt>{t('mail-import.column-status')}</dt><dd>{t(`mail-import.status.${record.status}`)}</dd>
      </dl>
      <p>
        <label for="import-progress">{t('mail-import.progress-label')}</label>{' '}
        <progress id="import-progress" value={record.processed} max={Math.max(record.total, 1)} />{' '}
        <span>{t('mail-import.processed-of-total', { processed: record.processed, total: record.total })}</span>
      </p>
      {underWay ? <p class="notice" role="status">{t('mail-import.refreshes-itself')}</p> : null}
      {record.status === 'failed' ? <p class="warning" role="alert">{t('mail-import.import-failed')}</p> : null}

      <h2>{t('mail-import.outcomes-title')}</h2>
      <dl class="summary">
        {importOutcomes.map((outcome) => (
          <><dt>{t(`mail-import.outcome.${outcome}`)}</dt><dd>{t('mail-import.count', { count: counts[outcome] ?? 0 })}</dd></>
        ))}
      </dl>
      {counts['to-sort'] && maySort ? <p><a href="/staff/imports/to-sort">{t('mail-import.open-to-sort')}</a></p> : null}

      <h2>{t('mail-import.problems-title')}</h2>
      {problems.length ? (
        <ol class="import-problems">
          {problems.map((item) => (
            <li value={item.position}>
              <strong>{t('mail-import.message-number', { position: item.position })}</strong>{' '}
              <span class="badge">{t(`mail-import.outcome.${item.outcome}`)}</span>
              <ProblemList problems={item.problems} />
              <ItemLink item={item} maySort={maySort} />
            </li>
          ))}
        </ol>
      ) : <p>{t('mail-import.no-problems')}</p>}
    </article>
  );
}

function ItemLink({ item, maySort }: { item: ImportItemRow; maySort: boolean }) {
  const { t } = usePage().i18n;
  if (item.submissionId) return <p><a href={`/staff/inputs/${item.submissionId}`}>{t('mail-import.open-input', { reference: item.reference ?? '' })}</a></p>;
  if (item.messageId && maySort) return <p><a href="/staff/imports/to-sort">{t('mail-import.kept-to-sort')}</a></p>;
  return null;
}
