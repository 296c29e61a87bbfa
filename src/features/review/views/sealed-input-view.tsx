// An input whose content this member cannot open: its workflow metadata, and why the rest stays sealed.
import { KeyMissingNotice } from '../../accounts/index.ts';
import type { Call } from '../../calls/index.ts';
import type { PublicationSummary } from '../../publications/index.ts';
import { usePage } from '../../../views/page-context.ts';
import type { SealedReason } from '../open-input.ts';
import { InputFacts, type InputMetadata } from './input-view.tsx';

export interface SealedInputViewProps {
  call: Call;
  input: InputMetadata & { reference: string | null };
  publication: PublicationSummary | undefined;
  reason: SealedReason;
}

export function SealedInputView({ call, input, publication, reason }: SealedInputViewProps) {
  const { t } = usePage().i18n;
  return (
    <article>
      <p><a href={`/staff/calls/${call.id}/inputs`}>{t('review.back-to-inbox')}</a></p>
      <h1>{t('review.input-title', { reference: input.reference ?? '' })}</h1>
      {reason === 'key-missing' ? <KeyMissingNotice /> : <p class="warning" role="status">{t('review.sealed-not-a-holder')}</p>}
      <InputFacts call={call} input={input} publication={publication} />
    </article>
  );
}
