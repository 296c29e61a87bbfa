// The submitter narrows their consent to publication: do not publish, or publish without their name. If the input
// is published it comes off the public pages AT ONCE, in the same transaction that records the change; the cached
// public pages are dropped after the commit. A named → anonymous change also unpublishes rather than republishing
// by itself: the anonymous version needs a person to check that the answers do not name the author (and, with the
// redaction work, to review the redactions), so staff republish it, within the new consent, when it is ready.
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import { deletePublication } from '../publications/index.ts';
import type { Consent, InputCipher } from '../submissions/index.ts';
import { isConsent, narrowerConsents } from './conversation.ts';
import { appendEntries, findFollowedInput, replaceConsent } from './follow-up.repository.ts';
import { inConversationTransaction } from './record-entries.ts';

export const consentField = 'consent';

export type WithdrawConsentOutcome =
  | { kind: 'invalid' }
  | { kind: 'changed'; consent: Consent; unpublished: boolean };

class ConsentChanged extends Error {}

export async function withdrawConsent(
  deps: Pick<AppDeps, 'db' | 'clock' | 'publicPages'>,
  cipher: InputCipher,
  chosen: string,
): Promise<WithdrawConsentOutcome> {
  const { submissionId } = cipher;
  const day = dayOf(deps.clock.now());
  try {
    const outcome = await inConversationTransaction(deps.db, async (trx): Promise<WithdrawConsentOutcome> => {
      const input = await findFollowedInput(trx, submissionId);
      if (!input || !isConsent(chosen) || !narrowerConsents(input.consent).includes(chosen)) return { kind: 'invalid' };
      if (!(await replaceConsent(trx, submissionId, input.consent, chosen))) throw new ConsentChanged();
      const unpublished = await deletePublication(trx, submissionId);
      await appendEntries(trx, cipher, [
        { author: 'submitter', staffUserId: null, kind: 'consent', content: chosen, attachmentId: null },
      ], day);
      return { kind: 'changed', consent: chosen, unpublished };
    });
    if (outcome.kind === 'changed' && outcome.unpublished) deps.publicPages.invalidate();
    return outcome;
  } catch (error) {
    // Someone (another tab) changed the consent between reading and writing: the choice shown is stale.
    if (error instanceof ConsentChanged) return { kind: 'invalid' };
    throw error;
  }
}
