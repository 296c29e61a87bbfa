// The synthesis as a Word document, the format the Expert's drafters work in: an overview with the figures and
// their charts, a section per question (how many answered, the codes found in the answers, the quotes that may be
// cited with the attribution consent allows), and an annex of the published inputs by stakeholder type. Charts are
// the dashboard's own SVGs, embedded as SVG with a PNG rendering for Word versions that cannot draw SVG.
import { Resvg } from '@resvg/resvg-js';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Translator } from '../../i18n/translator.ts';
import { pickTranslation } from '../../i18n/translator.ts';
import { countryName } from '../../i18n/countries.ts';
import { BarChart } from '../../views/charts/bar-chart.tsx';
import { WorldMap } from '../../views/charts/world-map.tsx';
import { PageContext, type PageContextValue } from '../../views/page-context.ts';
import type { AttributedQuote } from '../analysis/index.ts';
import type { Call } from '../calls/index.ts';
import type { Synthesis } from './gather-synthesis.ts';

type Row = [string, number];

function chartImage(i18n: Translator, chart: VNode, width: number): Paragraph {
  const context: PageContextValue = {
    i18n, dir: 'ltr', path: '/', staff: null, assetUrl: (name) => name,
    csrfToken: () => { throw new Error('a document has no forms'); },
  };
  const svg = renderToString(<PageContext.Provider value={context}>{chart}</PageContext.Provider>);
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const [w, h] = box ? [Number(box[1]), Number(box[2])] : [width, width / 2];
  const height = Math.round((width * h) / w);
  const png = new Resvg(svg, { font: { loadSystemFonts: true }, fitTo: { mode: 'width', value: width * 2 } }).render().asPng();
  return new Paragraph({
    children: [new ImageRun({ type: 'svg', data: Buffer.from(svg), transformation: { width, height }, fallback: { type: 'png', data: png } })],
  });
}

function table(header: [string, string], rows: readonly Row[]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell(header[0], true), cell(header[1], true)] }),
      ...rows.map(([label, value]) => new TableRow({ children: [cell(label), cell(String(value))] })),
    ],
  });
}

function attributionText(t: Translator['t'], quote: AttributedQuote): string {
  const { attribution } = quote;
  if (attribution.kind === 'named') return attribution.name;
  if (attribution.kind === 'not-quotable') return t('synthesis.not-quotable');
  const regions = attribution.regions.map((region) => t(`dashboard.group.${region}`)).join(', ');
  return t('synthesis.anonymous-attribution', { type: t(`domain.stakeholder.${attribution.stakeholderType}`), regions: regions || t('dashboard.group.none') });
}

export async function synthesisDocx(i18n: Translator, call: Call, synthesis: Synthesis, today: string): Promise<Buffer> {
  const { t, locale } = i18n;
  const { dashboard } = synthesis;
  const codes = new Map(dashboard.codebook.flatMap((category) => category.codes).map((code) => [code.id, pickTranslation(code.label, locale).text]));
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
  const paragraph = (text: string) => new Paragraph({ text });
  const figure = (title: string, header: string, rows: Row[]) => rows.length
    ? [heading(title, HeadingLevel.HEADING_2), chartImage(i18n, <BarChart title={title} bars={rows.map(([label, value]) => ({ label, value }))} />, 600), table([header, t('dashboard.inputs')], rows)]
    : [];
  const byCountry: Row[] = Object.entries(dashboard.byCountry).map(([code, n]): Row => [countryName(code, locale), n]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], locale));

  const overview = [
    heading(t('synthesis.overview'), HeadingLevel.HEADING_1),
    paragraph(t('dashboard.total', { count: dashboard.total })),
    ...(synthesis.unreadable ? [paragraph(t('synthesis.unreadable', { count: synthesis.unreadable }))] : []),
    ...figure(t('dashboard.by-stakeholder-type'), t('dashboard.stakeholder-type'), dashboard.byStakeholderType.map(([type, n]): Row => [t(`domain.stakeholder.${type}`), n])),
    ...figure(t('dashboard.by-language'), t('dashboard.language'), dashboard.byLanguage.map(([language, n]): Row => [language ? t(`domain.language.${language}`) : t('dashboard.language-unknown'), n])),
    ...figure(t('dashboard.by-regional-group'), t('dashboard.regional-group'), dashboard.byRegionalGroup.map(([group, n]): Row => [t(`dashboard.group.${group}`), n])),
    ...(byCountry.length ? [
      heading(t('dashboard.by-country'), HeadingLevel.HEADING_2),
      chartImage(i18n, <WorldMap values={dashboard.byCountry} title={t('dashboard.by-country')} legendLabel={t('dashboard.inputs')} />, 620),
      table([t('dashboard.country'), t('dashboard.inputs')], byCountry),
    ] : []),
    ...figure(t('dashboard.by-code'), t('dashboard.code'), dashboard.byCode.map((row): Row => [codes.get(row.codeId) ?? row.codeId, row.inputs])),
  ];

  const questions = synthesis.questions.flatMap(({ question, answered, codes: found, quotes }) => {
    const text = pickTranslation(question.text, locale).text;
    return [
      heading(t('synthesis.question', { number: question.number, text }), HeadingLevel.HEADING_2),
      paragraph(t('synthesis.answered', { count: answered, readable: synthesis.readable })),
      ...(found.length ? [table([t('dashboard.code'), t('dashboard.inputs')], found.map((row): Row => [codes.get(row.codeId) ?? row.codeId, row.inputs]))] : [paragraph(t('synthesis.no-codes'))]),
      ...quotes.filter((quote) => quote.attribution.kind !== 'not-quotable').flatMap((quote) => [
        new Paragraph({ style: 'Quote', children: [new TextRun({ text: `“${quote.passage.text}”`, italics: true })] }),
        new Paragraph({ children: [new TextRun({ text: `— ${attributionText(t, quote)}` })] }),
      ]),
    ];
  });

  const published = [...new Set(synthesis.published.map((p) => p.stakeholderType))].flatMap((type) => [
    heading(t(`domain.stakeholder.${type}`), HeadingLevel.HEADING_2),
    ...synthesis.published.filter((p) => p.stakeholderType === type).map((p) => new Paragraph({
      bullet: { level: 0 },
      text: `${p.reference} — ${p.displayName ?? t('synthesis.published-anonymously')} (${p.countries.map((c) => countryName(c, locale)).join(', ')})`,
    })),
  ]);

  const title = pickTranslation(call.title, locale).text;
  const document = new Document({
    creator: t('synthesis.creator'), title: t('synthesis.title', { call: title }),
    sections: [{
      children: [
        heading(t('synthesis.title', { call: title }), HeadingLevel.TITLE),
        paragraph(t('synthesis.generated', { day: today })),
        ...overview,
        heading(t('synthesis.per-question'), HeadingLevel.HEADING_1),
        ...questions,
        heading(t('synthesis.annex'), HeadingLevel.HEADING_1),
        ...(published.length ? published : [paragraph(t('synthesis.none-published'))]),
      ],
    }],
  });
  return Packer.toBuffer(document);
}
