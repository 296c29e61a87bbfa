// Writers and members for discussion tests: a Writer as a route would make one (by name, or under a pseudonym
// whose id the test chooses), and members whose address is confirmed, since only those receive discussion emails.
import type { Db } from '../../src/db/database.ts';
import type { Writer } from '../../src/features/discussions/author.ts';
import { createMember } from './member.ts';

export function named(memberId: string): Writer {
  return { memberId, authorship: { kind: 'member', memberId }, holdsPseudonym: () => false };
}

export function pseudonymous(memberId: string, pseudonymId: string): Writer {
  return { memberId, authorship: { kind: 'pseudonym', pseudonymId, label: `Participant ${pseudonymId}` }, holdsPseudonym: (id) => id === pseudonymId };
}

export async function confirmedMember(db: Db, displayName: string) {
  const member = await createMember(db, { displayName });
  await db.updateTable('members').set({ email_confirmed_at: '2026-11-01T00:00:00.000Z' }).where('id', '=', member.id).execute();
  return member;
}
