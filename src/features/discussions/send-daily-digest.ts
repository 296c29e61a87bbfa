// The daily digest: each member who asked for it gets, once per UTC day, the threads started the day before in
// the forums and networks they chose (titles and links only). Runs may overlap — a timer in every instance, the
// CLI — so each member's day is claimed first with an insert a unique key allows once; the loser skips. A claim
// whose mail fails is given back for the next run. Networks the member has left are skipped, and so are threads
// started by people the member blocked.
import { dayOf } from '../../platform/clock.ts';
import { themeLabelKey } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import type { Translator } from '../../i18n/translator.ts';
import { blockedBy, isBlockedAuthor } from '../moderation/index.ts';
import { placeFromKey, placeOfColumns, threadPath, type Place } from './discussion.ts';
import { digestMail, type DigestSection } from './discussion-mail.ts';
import { isNetworkMember } from './network-access.ts';
import type { DiscussionDeps } from './notify-after-post.ts';
import { claimDigest, digestSubscribers, releaseDigest, threadsStartedIn } from './notifications.repository.ts';

export interface DigestRun {
  day: string;
  sent: number;
  failed: number;
}

export async function sendDailyDigest(deps: DiscussionDeps, now: Date): Promise<DigestRun> {
  const { db, config } = deps;
  const day = dayOf(now);
  const to = `${day}T00:00:00.000Z`;
  const from = new Date(Date.parse(to) - 24 * 3600 * 1000).toISOString();
  const run: DigestRun = { day, sent: 0, failed: 0 };
  for (const subscriber of await digestSubscribers(db)) {
    const places: Place[] = [];
    for (const place of subscriber.places.map(placeFromKey)) {
      if (place?.kind === 'forum' || (place?.kind === 'network' && await isNetworkMember(db, place.networkId, subscriber.memberId))) places.push(place);
    }
    const blocked = await blockedBy(db, subscriber.memberId);
    const threads = (await threadsStartedIn(db, places, from, to, subscriber.memberId))
      .filter((thread) => !isBlockedAuthor(blocked, { memberId: thread.author_member_id, pseudonymId: thread.author_pseudonym_id }));
    if (!threads.length) continue;
    if (!await claimDigest(db, subscriber.memberId, day, now.toISOString())) continue;
    const sections = (t: Translator): DigestSection[] => {
      const byHeading = new Map<string, DigestSection>();
      for (const thread of threads) {
        const place = placeOfColumns(thread)!; // threadsStartedIn only returns threads of the places asked for
        const heading = place.kind === 'forum' ? t.t('discussions.mail-digest-forum', { theme: t.t(themeLabelKey(place.theme)) }) : t.t('discussions.mail-digest-networks');
        const section = byHeading.get(heading) ?? { heading, threads: [] };
        section.threads.push({ title: thread.title, link: `${config.baseUrl}${threadPath(place, thread.id)}` });
        byHeading.set(heading, section);
      }
      return [...byHeading.values()];
    };
    try {
      await deps.mailer.send(digestMail(config, subscriber, day, sections));
      run.sent += 1;
    } catch {
      await releaseDigest(db, subscriber.memberId, day);
      run.failed += 1;
    }
  }
  return run;
}
