// Other features learn when a key holder's private key is at hand in a request (they just signed in, or changed who
// receives a call's inputs), so work that needs a holder's key runs then: re-sealing inputs to recipients added
// since. Listeners are registered per running app (its deps object), like the keyrings; a listener's failure is
// logged and never fails the sign-in or the change that triggered it.
import type { KeyObject } from 'node:crypto';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { privateKeyOf } from './staff-identity.tsx';

export interface KeyAtHand {
  userId: string;
  privateKey: KeyObject;
}

type Listener = (key: KeyAtHand) => Promise<void>;

const listeners = new WeakMap<object, Listener[]>();

export function whenKeyAtHand(owner: object, listener: Listener): void {
  listeners.set(owner, [...(listeners.get(owner) ?? []), listener]);
}

export async function keyAtHand(owner: object, key: KeyAtHand, log: FastifyBaseLogger): Promise<void> {
  for (const listener of listeners.get(owner) ?? []) {
    try {
      await listener(key);
    } catch (error) {
      log.error({ err: error }, 'a key-at-hand task failed; it runs again at the next sign-in');
    }
  }
}

/**
 * Who should hold which inputs' keys just changed (a recipient assigned or removed, a role changed): a member whose
 * key is in memory lets the listeners act now; otherwise they act at the next sign-in of a holder.
 */
export async function afterHoldersChanged(owner: object, request: FastifyRequest): Promise<void> {
  const privateKey = privateKeyOf(request);
  if (request.staff && privateKey) await keyAtHand(owner, { userId: request.staff.id, privateKey }, request.log);
}
