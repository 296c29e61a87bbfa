// Every chart's figures as a table: the form screen readers, keyboard users and people copying numbers can use.
import { usePage } from '../page-context.ts';
import { formatNumber } from './format-number.ts';

export interface DataRow {
  label: string;
  values: readonly (number | string)[];
  /** Language of the label when it differs from the page's (a code's label missing in the reader's language). */
  lang?: string;
  /** Where the row's label leads (the same place a map's country links to). */
  href?: string;
}

export interface DataTableProps {
  caption: string;
  /** Header of the label column ("Country"), then one per value column ("Inputs"). */
  labelHeader: string;
  valueHeaders: readonly string[];
  rows: readonly DataRow[];
}

export function DataTable({ caption, labelHeader, valueHeaders, rows }: DataTableProps) {
  const { i18n } = usePage();
  return (
    <table class="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          {valueHeaders.map((header) => <th scope="col" class="numeric">{header}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            <th scope="row" lang={row.lang}>{row.href ? <a href={row.href}>{row.label}</a> : row.label}</th>
            {row.values.map((value) => (
              <td class="numeric">{typeof value === 'number' ? formatNumber(value, i18n.locale) : value}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
