// The dashboard's figures as data to take away (JSON, CSV, a printable page): totals by stakeholder type, language,
// country, UN regional group and code, each row with its stable key and its label in the reader's language. Built
// from CallDashboard alone, so no input is opened and every role that sees the dashboard may export it.
import { countryName } from '../../i18n/countries.ts';
import { pickTranslation, type Translator } from '../../i18n/translator.ts';
import { toCsv } from '../open-data/index.ts';
import type { CallDashboard } from './call-dashboard.ts';

export const aggregateDimensions = ['stakeholder-type', 'language', 'country', 'regional-group', 'code'] as const;
export type AggregateDimension = (typeof aggregateDimensions)[number];

export interface AggregateRow {
  /** Stakeholder type, language code ('' when not detected), alpha-2 country, regional group or code key. */
  key: string;
  label: string;
  /** Language of the label when it differs from the reader's (a code label missing in their language). */
  lang?: string;
  inputs: number;
  /** A code's labels in every working language. */
  labels?: Record<string, string>;
  /** A code's category key. */
  category?: string;
}

export interface Aggregates {
  total: number;
  tables: { dimension: AggregateDimension; rows: AggregateRow[] }[];
}

export function aggregatesOf(dashboard: CallDashboard, i18n: Translator): Aggregates {
  const { t, locale } = i18n;
  const collator = new Intl.Collator(locale);
  const codes = new Map(dashboard.codebook.flatMap((category) => category.codes.map((code) => [code.id, { code, category: category.key }])));
  const byCode = dashboard.byCode.flatMap(({ codeId, inputs }): AggregateRow[] => {
    const found = codes.get(codeId);
    if (!found) return [];
    const label = pickTranslation(found.code.label, locale);
    return [{ key: found.code.key, label: label.text, lang: label.lang === locale ? undefined : label.lang, inputs, labels: { ...found.code.label }, category: found.category }];
  });
  const countries = Object.entries(dashboard.byCountry)
    .map(([code, inputs]) => ({ key: code, label: countryName(code, locale), inputs }))
    .sort((a, b) => b.inputs - a.inputs || collator.compare(a.label, b.label));
  return {
    total: dashboard.total,
    tables: [
      { dimension: 'stakeholder-type', rows: dashboard.byStakeholderType.map(([key, inputs]) => ({ key, label: t(`domain.stakeholder.${key}`), inputs })) },
      { dimension: 'language', rows: dashboard.byLanguage.map(([key, inputs]) => ({ key, label: key ? t(`domain.language.${key}`) : t('dashboard.language-unknown'), inputs })) },
      { dimension: 'country', rows: countries },
      { dimension: 'regional-group', rows: dashboard.byRegionalGroup.map(([key, inputs]) => ({ key, label: t(`dashboard.group.${key}`), inputs })) },
      { dimension: 'code', rows: byCode },
    ],
  };
}

/** One table in long form (dimension, key, label, inputs), the total first, so one sheet holds every figure. */
export function aggregatesCsv(aggregates: Aggregates): string {
  const rows = aggregates.tables.flatMap(({ dimension, rows }) => rows.map((row) => [dimension, row.key, row.label, row.inputs]));
  return toCsv(['dimension', 'key', 'label', 'inputs'], [['total', null, null, aggregates.total], ...rows]);
}

/** The same figures keyed by dimension, labels kept, for scripts. */
export function aggregatesJson(call: { id: string; referenceCode: string }, aggregates: Aggregates, locale: string) {
  return {
    call: { id: call.id, reference: call.referenceCode },
    locale,
    total: aggregates.total,
    ...Object.fromEntries(aggregates.tables.map(({ dimension, rows }) => [dimension, rows.map(({ lang: _lang, ...row }) => row)])),
  };
}
