// Adding a passkey on /account/passkeys: the page carries the options, with a challenge bound to this session, for the
// browser script; the form posts the passkey's name and the browser's answer, checked here and stored. A first
// factor brings recovery codes (second-factors.ts), which the page then shows once.
import {
  generateRegistrationOptions, verifyRegistrationResponse, type PublicKeyCredentialCreationOptionsJSON,
} from '@simplewebauthn/server';
import type { FieldErrors } from '../../views/form.tsx';
import { shortNameProblem } from './join-form.ts';
import type { SignedInMember } from './member.ts';
import type { MemberSignInDeps } from './member-sessions.ts';
import {
  knownTransports, parseRegistrationResponse, passkeyCeremonyMs, passkeyNameMaxLength, registrationChallengeKey, relyingPartyOf,
} from './passkey.ts';
import { insertPasskey, listPasskeys } from './passkeys.repository.ts';
import { addSecondFactor } from './second-factors.ts';

/** Options for `navigator.credentials.create`; showing the page again replaces the challenge. */
export async function passkeyCreationOptions(
  deps: MemberSignInDeps, member: SignedInMember, sessionHash: string, platformName: string, now: Date,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await listPasskeys(deps.db, member.id);
  const options = await generateRegistrationOptions({
    rpName: platformName,
    rpID: relyingPartyOf(deps.config).id,
    // The authenticator shows these to whoever holds it: the chosen display name, never the email address.
    userName: member.displayName,
    userDisplayName: member.displayName,
    attestationType: 'none',
    timeout: passkeyCeremonyMs,
    // The same authenticator twice would be one factor counted twice.
    excludeCredentials: existing.map((passkey) => ({ id: passkey.credentialId, transports: knownTransports(passkey.transports) })),
    // A second factor needs no account stored on a security key: sign-in names the member's passkeys itself.
    authenticatorSelection: { residentKey: 'discouraged', userVerification: 'preferred' },
  });
  deps.keyrings.challenges.issue(registrationChallengeKey(sessionHash), options.challenge, now);
  return options;
}

export interface AddPasskeyForm {
  name: string;
  /** The browser's answer as JSON, filled in by the page's script. */
  response: string;
}

/** `recoveryCodes` is empty when the member keeps the codes they already hold. */
export type AddPasskeyOutcome = { kind: 'invalid'; errors: FieldErrors } | { kind: 'added'; recoveryCodes: string[] };

export async function addPasskey(
  deps: MemberSignInDeps, memberId: string, sessionHash: string, form: AddPasskeyForm, now: Date,
): Promise<AddPasskeyOutcome> {
  // Taken before anything else: a challenge answers once, whatever happens next.
  const challenge = deps.keyrings.challenges.take(registrationChallengeKey(sessionHash), now);
  const nameProblem = shortNameProblem(form.name, passkeyNameMaxLength, 'members.error-passkey-name-required');
  if (nameProblem) return { kind: 'invalid', errors: { name: nameProblem } };
  const response = parseRegistrationResponse(form.response);
  if (!response) return refused('members.error-passkey-not-made');
  if (!challenge) return refused('members.error-passkey-too-slow');
  const rp = relyingPartyOf(deps.config);
  const verification = await verifyRegistrationResponse({
    response, expectedChallenge: challenge, expectedOrigin: rp.origin, expectedRPID: rp.id, requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return refused('members.error-passkey-refused');
  const { credential } = verification.registrationInfo;
  const recoveryCodes = await addSecondFactor(deps.db, memberId, (trx) => insertPasskey(trx, memberId, {
    credentialId: credential.id, name: form.name.trim(), publicKey: credential.publicKey, counter: credential.counter,
    transports: knownTransports(credential.transports),
  }, now.toISOString()));
  return recoveryCodes ? { kind: 'added', recoveryCodes } : refused('members.error-passkey-known');
}

function refused(key: string): AddPasskeyOutcome {
  return { kind: 'invalid', errors: { passkey: { key } } };
}
