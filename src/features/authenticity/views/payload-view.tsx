// What a verified file says, shown as it is: members as a list of names and values, lists in order, text with its
// line breaks. Generic on purpose: this page vouches for the exact content, so it shows that and nothing rephrased.
import type { JsonValue } from '../../../platform/signing/index.ts';
import { usePage } from '../../../views/page-context.ts';

function Text({ value }: { value: string }) {
  const lines = value.split('\n');
  return <>{lines.map((line, i) => (i ? <><br />{line}</> : line))}</>;
}

export function PayloadView({ value }: { value: JsonValue }) {
  const { t } = usePage().i18n;
  if (value === null) return <span class="meta">{t('authenticity.value-empty')}</span>;
  if (typeof value === 'boolean') return <>{t(value ? 'authenticity.value-true' : 'authenticity.value-false')}</>;
  if (typeof value === 'number') return <>{String(value)}</>;
  if (typeof value === 'string') return value === '' ? <span class="meta">{t('authenticity.value-empty')}</span> : <Text value={value} />;
  if (Array.isArray(value)) {
    if (!value.length) return <span class="meta">{t('authenticity.value-empty')}</span>;
    return <ol>{value.map((item) => <li><PayloadView value={item} /></li>)}</ol>;
  }
  const entries = Object.entries(value);
  if (!entries.length) return <span class="meta">{t('authenticity.value-empty')}</span>;
  return (
    <dl class="facts">
      {entries.map(([name, member]) => <><dt><code>{name}</code></dt><dd><PayloadView value={member} /></dd></>)}
    </dl>
  );
}
