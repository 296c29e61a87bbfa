// Which call an email answers: the one staff chose for the import, else the call whose subject line or reference
// code the subject carries, else the call whose contact address it was sent to. Ambiguity is not guessed away:
// two calls matching equally leave the message to sort.
import type { Call } from '../calls/index.ts';

/** Lower case, no accents, no punctuation, single spaces: "RE: Fwd: HRC56 – Call for Inputs" → "re fwd hrc56 call for inputs". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}@.]+/gu, ' ').trim();
}

export function matchCall<C extends Pick<Call, 'id' | 'emailSubject' | 'referenceCode' | 'contactEmail'>>(
  calls: readonly C[],
  email: { subject: string; to: readonly string[]; cc: readonly string[] },
): C | null {
  const subject = ` ${normalise(email.subject)} `;
  const bySubject = calls.filter((call) => {
    const wanted = normalise(call.emailSubject);
    return (wanted.length >= 3 && subject.includes(` ${wanted} `)) || subject.includes(` ${normalise(call.referenceCode)} `);
  });
  if (bySubject.length === 1) return bySubject[0]!;
  if (bySubject.length > 1) return null;
  const addresses = new Set([...email.to, ...email.cc].map((a) => a.trim().toLowerCase()));
  const byAddress = calls.filter((call) => call.contactEmail && addresses.has(call.contactEmail.trim().toLowerCase()));
  return byAddress.length === 1 ? byAddress[0]! : null;
}
