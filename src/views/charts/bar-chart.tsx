// A horizontal bar chart as server-rendered SVG: labels read left to right at any length, which suits code names
// and countries better than vertical bars. Presentation attributes only (the CSP forbids inline styles). Pair it
// with a DataTable of the same bars.
import { useId } from 'preact/hooks';
import { usePage } from '../page-context.ts';
import { defaultItemLabel, formatNumber } from './format-number.ts';

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartProps {
  /** The figure's accessible name, already translated. */
  title: string;
  bars: readonly Bar[];
  width?: number;
  fill?: string;
  /** Tooltip text from a bar's label and formatted value; defaults to "label: value". */
  itemLabel?: (label: string, value: string) => string;
}

const rowHeight = 26;
const barHeight = 18;
// Text cannot be measured on the server: an average glyph width at font-size 13 keeps labels within their column.
const glyphWidth = 7;
const valueRoom = 56;

export function BarChart({ title, bars, width = 640, fill = '#3b528b', itemLabel = defaultItemLabel }: BarChartProps) {
  const { i18n } = usePage();
  const titleId = `bar-chart-${useId()}`;
  const labelWidth = Math.min(Math.round(width * 0.4), Math.max(40, ...bars.map((bar) => bar.label.length * glyphWidth)) + 8);
  const plotWidth = width - labelWidth - valueRoom;
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const height = Math.max(1, bars.length) * rowHeight + 4;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="chart bar-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      font-family="system-ui, sans-serif"
      font-size="13"
    >
      <title id={titleId}>{title}</title>
      {bars.map((bar, i) => {
        const y = i * rowHeight + 4;
        const length = max > 0 ? Math.round((Math.max(0, bar.value) / max) * plotWidth * 10) / 10 : 0;
        const value = formatNumber(bar.value, i18n.locale);
        return (
          <g transform={`translate(0,${y})`}>
            <title>{itemLabel(bar.label, value)}</title>
            <text x={labelWidth - 8} y={barHeight - 5} text-anchor="end" fill="#1a1a1a">{fitted(bar.label, labelWidth - 8)}</text>
            <rect x={labelWidth} width={length} height={barHeight} fill={fill} />
            <text x={labelWidth + length + 6} y={barHeight - 5} fill="#1a1a1a">{value}</text>
          </g>
        );
      })}
    </svg>
  );
}

/** A label too long for its column is cut with an ellipsis; the bar's <title> and the table keep it whole. */
function fitted(label: string, room: number): string {
  const characters = Math.floor(room / glyphWidth);
  return label.length <= characters ? label : `${label.slice(0, Math.max(1, characters - 1)).trimEnd()}…`;
}
