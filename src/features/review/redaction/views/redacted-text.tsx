// Published text with its redaction marks shown as marks: each one a visible element saying why a passage was
// hidden, in the reader's language. Text without marks renders exactly as the plain string would.
import { usePage } from '../../../../views/page-context.ts';
import { splitRedactions } from '../apply-redactions.ts';
import type { RedactionReason } from '../redaction.ts';

export const markKey = (reason: RedactionReason) => `redaction.mark.${reason}`;

export function RedactedText({ text }: { text: string }) {
  const { i18n } = usePage();
  return (
    <>
      {splitRedactions(text).map((part) => (typeof part === 'string' ? part : (
        <span class="redaction-mark" lang={i18n.locale}>{i18n.t(markKey(part.reason))}</span>
      )))}
    </>
  );
}
