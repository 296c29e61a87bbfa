// The "Messages" section of an input: the conversation with its anonymous submitter and a form to write to them.
import { CsrfField, TextArea, type FieldErrors } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { ConversationList, type ConversationEntry } from '../../follow-up/index.ts';
import { staffMessageField } from '../send-message-to-submitter.ts';

export interface MessagesSectionProps {
  inputId: string;
  entries: readonly ConversationEntry[];
  errors: FieldErrors;
  /** What was typed, when the form came back with an error. */
  value: string;
}

export function MessagesSection({ inputId, entries, errors, value }: MessagesSectionProps) {
  const { t } = usePage().i18n;
  return (
    <section aria-labelledby="messages-heading" id="messages">
      <h2 id="messages-heading">{t('follow-up.staff-heading')}</h2>
      <p>{t('follow-up.staff-intro')}</p>
      <ConversationList entries={entries} reader="staff" fileHref={(id) => `/staff/inputs/${inputId}/attachments/${id}`} />
      <form method="post" action={`/staff/inputs/${inputId}/messages`}>
        <CsrfField />
        <TextArea name={staffMessageField} label={t('follow-up.staff-field-message')} value={value} errors={errors} rows={5} />
        <div class="actions"><button type="submit">{t('follow-up.staff-submit')}</button></div>
      </form>
    </section>
  );
}
