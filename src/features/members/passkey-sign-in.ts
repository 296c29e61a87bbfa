// The passkey way through a member's second step. The password started the sign-in (the pseudonym secret it unwrapped
// waits in the pending entry); a signature by one of the member's passkeys over a challenge bound to that pending
// sign-in ends it. Wrong answers cost the same few attempts as wrong codes.
import {
  generateAuthenticationOptions, verifyAuthenticationResponse, type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { settleSecondStep, type SecondStepOutcome } from './complete-sign-in.ts';
import type { MemberSignInDeps } from './member-sessions.ts';
import { knownTransports, parseAuthenticationResponse, passkeyCeremonyMs, relyingPartyOf, signInChallengeKey } from './passkey.ts';
import { listPasskeys, recordPasskeyUse } from './passkeys.repository.ts';
import { countMemberRecoveryCodes } from './recovery-codes.repository.ts';
import { findMemberTwoFactor } from './two-factor.repository.ts';

/** What the second step offers this pending sign-in: a code form, and passkey options (a fresh challenge) or none. */
export interface SecondStep {
  totp: boolean;
  /** Whether unused recovery codes remain: a passkey-only member is then offered the code form too. */
  recoveryCodes: boolean;
  passkeyOptions: PublicKeyCredentialRequestOptionsJSON | null;
}

/** Null when there is no pending sign-in (expired, or never started): back to the password. */
export async function secondStepFor(deps: MemberSignInDeps, pendingHash: string | null, now: Date): Promise<SecondStep | null> {
  const pending = pendingHash ? deps.keyrings.pending.get(pendingHash, now) : null;
  if (!pendingHash || !pending) return null;
  const [state, passkeys, codesLeft] = await Promise.all([
    findMemberTwoFactor(deps.db, pending.userId), listPasskeys(deps.db, pending.userId), countMemberRecoveryCodes(deps.db, pending.userId),
  ]);
  const [totp, recoveryCodes] = [Boolean(state?.secretWrapped), codesLeft > 0];
  if (!passkeys.length) return { totp, recoveryCodes, passkeyOptions: null };
  const passkeyOptions = await generateAuthenticationOptions({
    rpID: relyingPartyOf(deps.config).id,
    allowCredentials: passkeys.map((passkey) => ({ id: passkey.credentialId, transports: knownTransports(passkey.transports) })),
    userVerification: 'preferred',
    timeout: passkeyCeremonyMs,
  });
  deps.keyrings.challenges.issue(signInChallengeKey(pendingHash), passkeyOptions.challenge, now);
  return { totp, recoveryCodes, passkeyOptions };
}

export async function completePasskeySignIn(
  deps: MemberSignInDeps, pendingHash: string | null, responseText: string, now: Date,
): Promise<SecondStepOutcome> {
  const { db, keyrings } = deps;
  const pending = pendingHash ? keyrings.pending.get(pendingHash, now) : null;
  if (!pendingHash || !pending) return { kind: 'expired' };
  const challenge = keyrings.challenges.take(signInChallengeKey(pendingHash), now);
  const response = parseAuthenticationResponse(responseText);
  // Only this member's passkeys count: another member's credential id finds nothing here.
  const passkey = response && (await listPasskeys(db, pending.userId)).find((p) => p.credentialId === response.id);
  let accepted = false;
  if (challenge && response && passkey) {
    const rp = relyingPartyOf(deps.config);
    const verification = await verifyAuthenticationResponse({
      response, expectedChallenge: challenge, expectedOrigin: rp.origin, expectedRPID: rp.id, requireUserVerification: false,
      credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: passkey.counter },
    }).catch(() => null);
    // The library refuses a counter that did not move forward (a cloned authenticator); the update refuses a race.
    accepted = Boolean(verification?.verified) && await recordPasskeyUse(
      db, pending.userId, passkey.credentialId, passkey.counter, verification!.authenticationInfo.newCounter, now.toISOString(),
    );
  }
  return settleSecondStep(deps, pendingHash, { userId: pending.userId, secret: pending.privateKey }, accepted, now);
}
