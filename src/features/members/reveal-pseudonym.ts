// A member's voluntary reveal: "pseudonym X in this context is mine". Checked against their secret before it is
// stored, so nobody can claim another person's pseudonym; once stored, content can show "revealed as <name>".
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { isMyPseudonym } from './pseudonyms.ts';
import { findReveals, insertReveal, type PseudonymReveal } from './reveals.repository.ts';

export const revealStatementMaxLength = 500;
export const contextMaxLength = 200;

export type RevealOutcome = { kind: 'invalid'; errors: FieldErrors } | { kind: 'revealed' } | { kind: 'already-revealed' };

export async function revealPseudonym(
  db: Db, request: FastifyRequest, reveal: { context: string; pseudonymId: string; statement: string }, now: Date,
): Promise<RevealOutcome> {
  const member = request.member;
  const statement = reveal.statement.trim();
  if (!member || reveal.context.length > contextMaxLength || !isMyPseudonym(request, reveal.context, reveal.pseudonymId)) {
    return { kind: 'invalid', errors: { pseudonymId: { key: 'members.error-not-your-pseudonym' } } };
  }
  if (statement.length > revealStatementMaxLength) {
    return { kind: 'invalid', errors: { statement: { key: 'members.error-too-long', values: { max: revealStatementMaxLength } } } };
  }
  const stored = await insertReveal(db, {
    pseudonymId: reveal.pseudonymId, memberId: member.id, context: reveal.context, statement, revealedAt: now.toISOString(),
  });
  return stored ? { kind: 'revealed' } : { kind: 'already-revealed' };
}

/** The reveals among these pseudonyms, by pseudonym id: what content pages show as "revealed as <name>". */
export async function revealedPseudonyms(db: Db, pseudonymIds: readonly string[]): Promise<Map<string, PseudonymReveal>> {
  return new Map((await findReveals(db, pseudonymIds)).map((r) => [r.pseudonymId, r]));
}
