// How the signed-in member signs an initiative and which initiatives are theirs. A named member is known by their
// member id; an at-risk member only by their pseudonym in the "initiatives" context, which the members feature
// derives from a secret only their session holds: the database cannot say which account is behind it.
import type { FastifyRequest } from 'fastify';
import { authorshipFor, isMyPseudonym, pseudonymFor, PseudonymUnavailableError } from '../members/index.ts';
import type { InitiativeAuthor, InitiativeAuthorship } from './initiative.ts';

const pseudonymContext = 'initiatives';

export type Signing = { kind: 'member'; memberId: string } | { kind: 'pseudonym'; pseudonymId: string; label: string };

/** How this request's member signs a new initiative now; null when nobody is signed in. */
export function signingOf(request: FastifyRequest): Signing | null {
  if (!request.member) return null;
  const authorship = authorshipFor(request, pseudonymContext);
  return authorship.kind === 'member' ? { kind: 'member', memberId: authorship.memberId } : { kind: 'pseudonym', pseudonymId: authorship.pseudonymId, label: authorship.label };
}

/**
 * How a changed initiative is signed: a pseudonymous one stays under its pseudonym (leaving at-risk mode must never
 * put a name on it), and a named one becomes pseudonymous if its author has since chosen at-risk mode.
 */
export function signingForChange(request: FastifyRequest, author: InitiativeAuthor): Signing | null {
  return author.kind === 'pseudonym' ? { kind: 'pseudonym', pseudonymId: author.pseudonymId, label: author.label } : signingOf(request);
}

/** The keys the member's initiatives are stored under: their member id and, when their secret is at hand, their pseudonym. */
export function authorKeysOf(request: FastifyRequest): { memberId: string; pseudonymId: string | null } | null {
  if (!request.member) return null;
  try {
    return { memberId: request.member.id, pseudonymId: pseudonymFor(request, pseudonymContext).pseudonymId };
  } catch (error) {
    // A named member whose secret is gone since a restart still reaches the initiatives signed with their name.
    if (error instanceof PseudonymUnavailableError) return { memberId: request.member.id, pseudonymId: null };
    throw error;
  }
}

/** Whether the signed-in member wrote an initiative signed this way. */
export function isAuthor(request: FastifyRequest, author: InitiativeAuthor): boolean {
  if (!request.member) return false;
  if (author.kind === 'member') return author.memberId === request.member.id;
  return author.kind === 'pseudonym' && isMyPseudonym(request, pseudonymContext, author.pseudonymId);
}

export function authorshipWith(signing: Signing, organisationId: string | null): InitiativeAuthorship {
  return signing.kind === 'pseudonym' ? signing : { kind: 'member', memberId: signing.memberId, organisationId };
}
