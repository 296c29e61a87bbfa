// The emails discussions send, written in the recipient's language. They carry a thread's title and a link,
// never a post's words: mail passes through providers and inboxes the platform cannot protect, and a network's
// discussion must stay behind its sign-in. Each ends with its own one-click unsubscribe link.
import type { OutgoingMail } from '../../platform/mail.ts';
import { isLocale, defaultLocale } from '../../i18n/locales.ts';
import { translator, type Translator } from '../../i18n/translator.ts';
import type { NotificationKind, Recipient } from './notifications.repository.ts';
import { unsubscribeToken } from './unsubscribe-token.ts';

export interface MailSettings {
  baseUrl: string;
  sessionSecret: string;
}

// Spelled out, so the key checker sees every key used.
const why: Record<NotificationKind, string> = {
  reply: 'discussions.mail-why-reply', mention: 'discussions.mail-why-mention', digest: 'discussions.mail-why-digest',
};
const postKeys = {
  reply: { subject: 'discussions.mail-reply-subject', text: 'discussions.mail-reply-text' },
  mention: { subject: 'discussions.mail-mention-subject', text: 'discussions.mail-mention-text' },
} as const;
// A thread started by someone the recipient blocked is not named to them: its title is that person's words. (Reply
// emails go to the thread's author, who cannot have blocked themselves, so only a mention needs this.)
const mentionInBlockedThreadKeys = { subject: 'discussions.mail-mention-blocked-thread-subject', text: 'discussions.mail-mention-blocked-thread-text' };

function translatorFor(language: string): Translator {
  return translator(isLocale(language) ? language : defaultLocale);
}

function footer(t: Translator, settings: MailSettings, recipient: Recipient, kind: NotificationKind): string {
  const unsubscribe = `${settings.baseUrl}/account/notifications/unsubscribe/${unsubscribeToken(settings.sessionSecret, recipient.memberId, kind)}`;
  return [
    '-- ',
    t.t(why[kind]),
    t.t('discussions.mail-unsubscribe', { link: unsubscribe }),
    t.t('discussions.mail-settings', { link: `${settings.baseUrl}/account/notifications` }),
  ].join('\n');
}

/** "New reply in …" or "You were mentioned in …": the title (unless a person the recipient blocked started the thread) and the link to the post. */
export function postMail(
  settings: MailSettings, recipient: Recipient, kind: 'reply' | 'mention', thread: { title: string; startedByBlocked: boolean }, link: string,
): OutgoingMail {
  const t = translatorFor(recipient.language);
  const keys = kind === 'mention' && thread.startedByBlocked ? mentionInBlockedThreadKeys : postKeys[kind];
  return {
    to: recipient.email,
    language: t.locale,
    subject: t.t(keys.subject, { title: thread.title }),
    text: [t.t(keys.text, { title: thread.title }), '', link, '', footer(t, settings, recipient, kind)].join('\n'),
  };
}

export interface DigestSection {
  /** The heading: a forum's theme name, or the words for "your networks" (a private network's name stays out). */
  heading: string;
  threads: { title: string; link: string }[];
}

export function digestMail(settings: MailSettings, recipient: Recipient, day: string, sections: (t: Translator) => DigestSection[]): OutgoingMail {
  const t = translatorFor(recipient.language);
  const parts = sections(t);
  const count = parts.reduce((sum, section) => sum + section.threads.length, 0);
  const body = parts.flatMap((section) => ['', section.heading, ...section.threads.flatMap((thread) => [`- ${thread.title}`, `  ${thread.link}`])]);
  return {
    to: recipient.email,
    language: t.locale,
    subject: t.t('discussions.mail-digest-subject', { count, day: t.formatDate(`${day}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }) }),
    text: [t.t('discussions.mail-digest-text', { count }), ...body, '', footer(t, settings, recipient, 'digest')].join('\n'),
  };
}
