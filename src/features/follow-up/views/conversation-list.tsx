// The conversation as a list, oldest first. The submitter's page and the staff page name the authors differently
// (the submitter sees "You" and "The mandate's team"; staff see their colleague's name and "The submitter").
import { usePage } from '../../../views/page-context.ts';
import type { ConversationEntry } from '../conversation.ts';

export interface ConversationListProps {
  entries: readonly ConversationEntry[];
  reader: 'submitter' | 'staff';
  fileHref: (attachmentId: string) => string;
}

function authorOf(entry: ConversationEntry, reader: 'submitter' | 'staff', t: (key: string) => string): string {
  if (entry.author === 'submitter') return t(reader === 'submitter' ? 'follow-up.author-you' : 'follow-up.author-submitter');
  if (reader === 'submitter') return t('follow-up.author-team');
  return entry.staffName ?? t('follow-up.author-former-staff');
}

function EntryBody({ entry, fileHref }: { entry: ConversationEntry; fileHref: (id: string) => string }) {
  const { t } = usePage().i18n;
  switch (entry.kind) {
    case 'message':
      return <p class="answer">{entry.content}</p>;
    case 'information':
      return <><p><strong>{t('follow-up.entry-information')}</strong></p><p class="answer">{entry.content}</p></>;
    case 'attachment': {
      const file = entry.attachment;
      if (!file) return <p>{t('follow-up.entry-attachment-gone')}</p>;
      const name = t('domain.attachment-size', { filename: file.filename, size: Math.ceil(file.sizeBytes / 1024) });
      return <p>{t('follow-up.entry-attachment')} <a href={fileHref(file.id)}>{name}</a></p>;
    }
    case 'consent':
      return <p>{t('follow-up.entry-consent', { consent: t(`domain.consent.${entry.content}`) })}</p>;
  }
}

export function ConversationList({ entries, reader, fileHref }: ConversationListProps) {
  const { i18n } = usePage();
  const { t } = i18n;
  if (!entries.length) return <p class="meta">{t('follow-up.conversation-empty')}</p>;
  return (
    <ol class="cards">
      {entries.map((entry) => {
        const unseenHere = !entry.seen && entry.author !== reader;
        return (
          <li>
            <p class="meta">
              <strong>{authorOf(entry, reader, t)}</strong>
              {' · '}{i18n.formatDate(`${entry.createdOn}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' })}
              {unseenHere ? <> <span class="badge">{t('follow-up.new')}</span></> : null}
            </p>
            <EntryBody entry={entry} fileHref={fileHref} />
          </li>
        );
      })}
    </ol>
  );
}
