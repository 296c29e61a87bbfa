// The hidden parts of the forms on a paragraph: which input, text and offsets they act on, and the filters to come
// back to; and the one-button form that takes something back (a coding, a quote, a rejection).
import { CsrfField } from '../../../views/form.tsx';
import type { TextRef } from '../coding.ts';
import type { Paragraph } from '../paragraphs.ts';
import { ReturnFields } from './return-fields.tsx';
import type { WorkspaceContext } from './workspace-context.ts';

export interface PassageFieldsProps {
  context: WorkspaceContext;
  inputId: string;
  where: TextRef;
  paragraph: Paragraph;
}

/** Hidden fields naming the input, the text and the paragraph's offsets, and the filters to come back to. */
export function PassageFields({ context, inputId, where, paragraph }: PassageFieldsProps) {
  return (
    <>
      <CsrfField />
      <input type="hidden" name="input" value={inputId} />
      <input type="hidden" name="ref" value={where.partRef} />
      <input type="hidden" name="field" value={where.field} />
      <input type="hidden" name="start" value={String(paragraph.start)} />
      <input type="hidden" name="end" value={String(paragraph.end)} />
      <ReturnFields filters={context.filters} page={context.page} />
    </>
  );
}

export function RemoveButton({ context, inputId, action, name, value, label }: {
  context: WorkspaceContext; inputId: string; action: string; name: string; value: string; label: string;
}) {
  return (
    <form method="post" action={action} class="inline">
      <CsrfField />
      <input type="hidden" name="input" value={inputId} />
      <input type="hidden" name={name} value={value} />
      <ReturnFields filters={context.filters} page={context.page} />
      <button type="submit" class="secondary">{label}</button>
    </form>
  );
}
