// A world choropleth rendered on the server as SVG: no client JavaScript, presentation attributes rather than
// inline styles (the CSP forbids them), a <title> per country for pointer users, and a name for the whole figure.
// Screen-reader users get the same figures from the DataTable that must accompany every map.
import { useId } from 'preact/hooks';
import { countryName } from '../../i18n/countries.ts';
import { worldMapShapes } from '../../platform/geo/world-map-shapes.ts';
import { usePage } from '../page-context.ts';
import { colourClasses, emptyFill, fillFor, type ColourClass } from './colour-classes.ts';
import { defaultItemLabel, formatNumber } from './format-number.ts';

export interface WorldMapProps {
  /** Value per country, ISO 3166-1 alpha-2; a country left out counts as 0. */
  values: Readonly<Record<string, number>>;
  /** The figure's accessible name, already translated. */
  title: string;
  /** What the values count ("Inputs"), shown before the legend. */
  legendLabel: string;
  /** Five colours, light to dark; defaults to a colour-blind-safe sequential palette. */
  colours?: readonly string[];
  /** Tooltip text from the country's name and formatted value; defaults to "name: value". */
  itemLabel?: (country: string, value: string) => string;
  /** Where a country leads (e.g. a list filtered by it); a map with links is a group of links, not a picture. */
  linkFor?: (country: string, value: number) => string | undefined;
}

const legendTop = 456;
const glyphWidth = 7;

export function WorldMap({ values, title, legendLabel, colours, itemLabel = defaultItemLabel, linkFor }: WorldMapProps) {
  const { i18n } = usePage();
  const titleId = `world-map-${useId()}`;
  const { width, height, areas } = worldMapShapes();
  const classes = colourClasses(Object.values(values), colours);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="chart world-map"
      viewBox={`0 0 ${width} ${legendTop + 44}`}
      role={linkFor ? 'group' : 'img'}
      aria-labelledby={titleId}
      font-family="system-ui, sans-serif"
      font-size="13"
    >
      <title id={titleId}>{title}</title>
      <g stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">
        {areas.map((area) => {
          const value = area.code ? values[area.code] ?? 0 : undefined;
          const label = area.code && itemLabel(countryName(area.code, i18n.locale), formatNumber(value ?? 0, i18n.locale));
          const path = (
            <path d={area.d} fill={fillFor(value, classes)} data-country={area.code ?? undefined}>
              {label && <title>{label}</title>}
            </path>
          );
          const href = area.code && linkFor?.(area.code, value ?? 0);
          return href ? <a href={href} aria-label={label || undefined}>{path}</a> : path;
        })}
      </g>
      <Legend y={Math.max(height, legendTop)} label={legendLabel} classes={classes} locale={i18n.locale} />
    </svg>
  );
}

function Legend({ y, label, classes, locale }: { y: number; label: string; classes: ColourClass[]; locale: string }) {
  const entries = [
    { text: formatNumber(0, locale), fill: emptyFill },
    ...classes.map((range) => ({ text: rangeText(range, locale), fill: range.fill })),
  ];
  let x = label.length * glyphWidth + 16;
  return (
    <g class="legend" transform={`translate(8,${y})`}>
      <text x="0" y="14" fill="#1a1a1a">{label}</text>
      {entries.map((entry) => {
        const at = x;
        x += entry.text.length * glyphWidth + 34;
        return (
          <g transform={`translate(${at},0)`}>
            <rect width="18" height="18" fill={entry.fill} stroke="#767676" stroke-width="0.5" />
            <text x="24" y="14" fill="#1a1a1a">{entry.text}</text>
          </g>
        );
      })}
    </g>
  );
}

function rangeText(range: ColourClass, locale: string): string {
  const from = formatNumber(range.from, locale);
  const to = formatNumber(range.to, locale);
  return from === to ? from : `${from}–${to}`;
}
