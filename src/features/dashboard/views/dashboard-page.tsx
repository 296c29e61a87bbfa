// A call's dashboard: each figure as an SVG chart followed by the same figures as a table, so nothing depends on
// seeing the chart; a plain GET form chooses the code drawn on the second map (no JavaScript needed).
import { pickTranslation } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import { BarChart } from '../../../views/charts/bar-chart.tsx';
import { countryRows } from '../../../views/charts/country-rows.ts';
import { DataTable } from '../../../views/charts/data-table.tsx';
import { WorldMap } from '../../../views/charts/world-map.tsx';
import type { Call } from '../../calls/index.ts';
import type { CallDashboard } from '../call-dashboard.ts';
import { ExportLinks } from './aggregates-page.tsx';

function Figure({ id, title, bars, labelHeader }: { id: string; title: string; bars: { label: string; value: number }[]; labelHeader: string }) {
  const { t } = usePage().i18n;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {bars.length ? (
        <>
          <BarChart title={title} bars={bars} />
          <DataTable caption={title} labelHeader={labelHeader} valueHeaders={[t('dashboard.inputs')]} rows={bars.map((b) => ({ label: b.label, values: [b.value] }))} />
        </>
      ) : <p class="meta">{t('dashboard.nothing-yet')}</p>}
    </section>
  );
}

function CountryMap({ id, title, values }: { id: string; title: string; values: Record<string, number> }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <WorldMap values={values} title={title} legendLabel={t('dashboard.inputs')} />
      <DataTable caption={title} labelHeader={t('dashboard.country')} valueHeaders={[t('dashboard.inputs')]} rows={countryRows(values, i18n.locale)} />
    </section>
  );
}

export function DashboardPage({ call, dashboard, canExport, canEditCodebook }: { call: Call; dashboard: CallDashboard; canExport: boolean; canEditCodebook: boolean }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  const codes = dashboard.codebook.flatMap((category) => category.codes);
  const codeLabel = (codeId: string) => {
    const code = codes.find((c) => c.id === codeId);
    return code ? pickTranslation(code.label, i18n.locale).text : codeId;
  };
  const chosen = dashboard.chosenCode;
  return (
    <>
      <p><a href={`/staff/calls/${call.id}/inputs`}>{t('dashboard.back-to-inbox')}</a></p>
      <h1>{t('dashboard.title')}</h1>
      <p lang={title.lang}>{title.text}</p>
      <p>{t('dashboard.total', { count: dashboard.total })}</p>
      {canExport ? <p><a href={`/staff/calls/${call.id}/synthesis.docx`}>{t('synthesis.download')}</a></p> : null}
      <ExportLinks callId={call.id} />
      {canEditCodebook ? <p><a href={`/staff/calls/${call.id}/codebook`}>{t('dashboard.codebook-link')}</a></p> : null}
      <Figure id="by-type" title={t('dashboard.by-stakeholder-type')} labelHeader={t('dashboard.stakeholder-type')}
        bars={dashboard.byStakeholderType.map(([type, value]) => ({ label: t(`domain.stakeholder.${type}`), value }))} />
      <Figure id="by-language" title={t('dashboard.by-language')} labelHeader={t('dashboard.language')}
        bars={dashboard.byLanguage.map(([language, value]) => ({ label: language ? t(`domain.language.${language}`) : t('dashboard.language-unknown'), value }))} />
      <Figure id="by-group" title={t('dashboard.by-regional-group')} labelHeader={t('dashboard.regional-group')}
        bars={dashboard.byRegionalGroup.map(([group, value]) => ({ label: t(`dashboard.group.${group}`), value }))} />
      <CountryMap id="by-country" title={t('dashboard.by-country')} values={dashboard.byCountry} />
      <Figure id="by-code" title={t('dashboard.by-code')} labelHeader={t('dashboard.code')}
        bars={dashboard.byCode.map((row) => ({ label: codeLabel(row.codeId), value: row.inputs }))} />
      {canExport ? <p><a href={`/staff/calls/${call.id}/co-occurrence`}>{t('dashboard.co-occurrence')}</a></p> : null}
      <section aria-labelledby="code-map">
        <h2 id="code-map">{t('dashboard.code-map')}</h2>
        <form method="get" action={`/staff/calls/${call.id}/dashboard`} class="inline">
          <label for="code">{t('dashboard.choose-code')}</label>{' '}
          <select id="code" name="code">
            {dashboard.codebook.map((category) => (
              <optgroup label={pickTranslation(category.label, i18n.locale).text}>
                {category.codes.map((code) => <option value={code.id} selected={chosen?.codeId === code.id}>{pickTranslation(code.label, i18n.locale).text}</option>)}
              </optgroup>
            ))}
          </select>{' '}
          <button type="submit">{t('dashboard.show')}</button>
        </form>
        {chosen ? <CountryMap id="chosen-code" title={t('dashboard.code-by-country', { code: codeLabel(chosen.codeId) })} values={chosen.byCountry} /> : null}
      </section>
    </>
  );
}
