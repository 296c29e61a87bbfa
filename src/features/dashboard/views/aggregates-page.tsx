// The dashboard's figures as a printable page: the same tables as the exports, no charts, links to the CSV and JSON.
import { pickTranslation } from '../../../i18n/translator.ts';
import { DataTable } from '../../../views/charts/data-table.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Call } from '../../calls/index.ts';
import type { AggregateDimension, Aggregates } from '../aggregates-export.ts';

const titles: Record<AggregateDimension, [caption: string, labelHeader: string]> = {
  'stakeholder-type': ['dashboard.by-stakeholder-type', 'dashboard.stakeholder-type'],
  language: ['dashboard.by-language', 'dashboard.language'],
  country: ['dashboard.by-country', 'dashboard.country'],
  'regional-group': ['dashboard.by-regional-group', 'dashboard.regional-group'],
  code: ['dashboard.by-code', 'dashboard.code'],
};

export function AggregatesPage({ call, aggregates }: { call: Call; aggregates: Aggregates }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  return (
    <>
      <p><a href={`/staff/calls/${call.id}/dashboard`}>{t('dashboard.back-to-dashboard')}</a></p>
      <h1>{t('dashboard.aggregates')}</h1>
      <p lang={title.lang}>{title.text}</p>
      <p>{t('dashboard.total', { count: aggregates.total })}</p>
      <ExportLinks callId={call.id} />
      {aggregates.tables.map(({ dimension, rows }) => {
        const [caption, labelHeader] = titles[dimension];
        return rows.length
          ? <DataTable caption={t(caption)} labelHeader={t(labelHeader)} valueHeaders={[t('dashboard.inputs')]} rows={rows.map((row) => ({ label: row.label, lang: row.lang, values: [row.inputs] }))} />
          : null;
      })}
    </>
  );
}

/** The aggregate exports, offered on the dashboard and on the printable page. */
export function ExportLinks({ callId }: { callId: string }) {
  const { t } = usePage().i18n;
  return (
    <p>
      {t('dashboard.export')}{' '}
      <a href={`/staff/calls/${callId}/aggregates.html`}>{t('dashboard.export-html')}</a>{' · '}
      <a href={`/staff/calls/${callId}/aggregates.csv`} download>CSV</a>{' · '}
      <a href={`/staff/calls/${callId}/aggregates.json`} download>JSON</a>
    </p>
  );
}
