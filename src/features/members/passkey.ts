// Passkeys (WebAuthn) as a member's second factor, after the password and never instead of it: the password is what
// unwraps an at-risk member's pseudonym secret (pseudonym-secret.ts), so a sign-in without it could not make their
// pseudonyms. Checking responses is @simplewebauthn/server's job; this file holds what the platform decides.
import type { AuthenticationResponseJSON, AuthenticatorTransportFuture, RegistrationResponseJSON } from '@simplewebauthn/server';
import { z } from 'zod';
import type { Config } from '../../config.ts';

/** The relying party is the platform's public origin (BASE_URL): a passkey made for it answers nowhere else. */
export function relyingPartyOf(config: Pick<Config, 'baseUrl'>): { id: string; origin: string } {
  const url = new URL(config.baseUrl);
  return { id: url.hostname, origin: url.origin };
}

export const passkeyNameMaxLength = 60;
/** How long a challenge may wait for its answer: the half-done sign-in it belongs to lasts as long. */
export const passkeyChallengeMinutes = 5;
/** How long the browser waits for the authenticator once asked. */
export const passkeyCeremonyMs = 120_000;
/** Responses are small (a few hundred bytes, an attestation object a little more); anything larger is not one. */
export const passkeyResponseMaxChars = 16_384;

const transports: readonly AuthenticatorTransportFuture[] = ['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'];

/** Transports the browser reported that we know, as hints handed back at sign-in; anything else is dropped. */
export function knownTransports(values: readonly string[] | undefined): AuthenticatorTransportFuture[] {
  return (values ?? []).filter((value): value is AuthenticatorTransportFuture => (transports as readonly string[]).includes(value));
}

/**
 * Challenges waiting for their answer, in this process's memory (like the half-done sign-ins they belong to), one per
 * key: a page shown again replaces its challenge, and a challenge is taken at its first answer, good or bad.
 */
export class PasskeyChallenges {
  private readonly entries = new Map<string, { challenge: string; expiresAt: number }>();

  issue(key: string, challenge: string, now: Date): void {
    for (const [k, entry] of this.entries) if (entry.expiresAt <= now.getTime()) this.entries.delete(k);
    this.entries.set(key, { challenge, expiresAt: now.getTime() + passkeyChallengeMinutes * 60_000 });
  }

  take(key: string, now: Date): string | null {
    const entry = this.entries.get(key);
    this.entries.delete(key);
    return entry && entry.expiresAt > now.getTime() ? entry.challenge : null;
  }
}

/** Adding a passkey answers a challenge bound to the member's session; signing in, one bound to the pending sign-in. */
export const registrationChallengeKey = (sessionHash: string) => `register:${sessionHash}`;
export const signInChallengeKey = (pendingHash: string) => `sign-in:${pendingHash}`;

const base64url = z.string().min(1).regex(/^[A-Za-z0-9_-]+$/);
const common = {
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
};
const registrationSchema = z.object({
  ...common,
  response: z.object({ clientDataJSON: base64url, attestationObject: base64url, transports: z.array(z.string().max(20)).max(10).optional() }),
});
const authenticationSchema = z.object({
  ...common,
  response: z.object({ clientDataJSON: base64url, authenticatorData: base64url, signature: base64url, userHandle: base64url.optional() }),
});

function parseJson(text: string): unknown {
  if (!text || text.length > passkeyResponseMaxChars) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The browser's answer to "make a passkey", as the form posted it (JSON), or null when it is not one. */
export function parseRegistrationResponse(text: string): RegistrationResponseJSON | null {
  const parsed = registrationSchema.safeParse(parseJson(text));
  if (!parsed.success) return null;
  const { response, ...rest } = parsed.data;
  return { ...rest, response: { ...response, transports: knownTransports(response.transports) } };
}

/** The browser's answer to "sign with a passkey", or null when it is not one. */
export function parseAuthenticationResponse(text: string): AuthenticationResponseJSON | null {
  const parsed = authenticationSchema.safeParse(parseJson(text));
  return parsed.success ? parsed.data : null;
}
