// SQL for writing initiatives and their tags, and for the lists authors and staff read.
import type { Db, Transaction } from '../../db/database.ts';
import type { InitiativeAuthorship, InitiativeContent, InitiativeStatus } from './initiative.ts';
import { selectRows, toRecords, type InitiativeRecord } from './initiative-rows.repository.ts';

type Executor = Db | Transaction;

function contentColumns(content: InitiativeContent) {
  return {
    title: content.title, description: content.description, language: content.language, link: content.link,
    starts_on: content.startsOn, ends_on: content.endsOn,
  };
}

function authorColumns(authorship: InitiativeAuthorship) {
  return authorship.kind === 'member'
    ? { author_member_id: authorship.memberId, organisation_id: authorship.organisationId, author_pseudonym_id: null, author_pseudonym_label: null }
    : { author_member_id: null, organisation_id: null, author_pseudonym_id: authorship.pseudonymId, author_pseudonym_label: authorship.label };
}

export async function insertInitiative(db: Executor, id: string, content: InitiativeContent, authorship: InitiativeAuthorship, now: string): Promise<void> {
  await db.insertInto('initiatives').values({
    id, ...contentColumns(content), ...authorColumns(authorship), status: 'pending', rejection_reason: null, moderated_by: null,
    moderated_at: null, hidden_at: null, hidden_reason: null, created_at: now, updated_at: now, published_at: null,
  }).execute();
  await replaceTags(db, id, content);
}

/** New content from the author: it goes (back) to moderation. */
export async function updateInitiativeContent(db: Executor, id: string, content: InitiativeContent, authorship: InitiativeAuthorship, now: string): Promise<void> {
  await db.updateTable('initiatives').set({
    ...contentColumns(content), ...authorColumns(authorship), status: 'pending', rejection_reason: null, updated_at: now,
  }).where('id', '=', id).execute();
  await replaceTags(db, id, content);
}

async function replaceTags(db: Executor, id: string, content: Pick<InitiativeContent, 'rights' | 'themes' | 'countries'>): Promise<void> {
  await db.deleteFrom('initiative_tags').where('initiative_id', '=', id).execute();
  const rows = [
    ...content.rights.map((value) => ({ initiative_id: id, kind: 'right' as const, value })),
    ...content.themes.map((value) => ({ initiative_id: id, kind: 'theme' as const, value })),
    ...content.countries.map((value) => ({ initiative_id: id, kind: 'country' as const, value })),
  ];
  if (rows.length) await db.insertInto('initiative_tags').values(rows).execute();
}

export interface StatusChange {
  status: InitiativeStatus;
  rejectionReason?: string | null;
  moderatedBy?: string;
  at: string;
}

/** Changes the status only from `from`, so two staff deciding at once cannot both win; false when it had moved. */
export async function changeStatus(db: Executor, id: string, from: readonly InitiativeStatus[], change: StatusChange): Promise<boolean> {
  const result = await db.updateTable('initiatives').set({
    status: change.status,
    rejection_reason: change.rejectionReason ?? null,
    ...(change.moderatedBy ? { moderated_by: change.moderatedBy, moderated_at: change.at } : {}),
    ...(change.status === 'published' ? { published_at: change.at } : {}),
  }).where('id', '=', id).where('status', 'in', from).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setHidden(db: Executor, id: string, hidden: { at: string; reason: string } | null): Promise<boolean> {
  const result = await db.updateTable('initiatives').set({ hidden_at: hidden?.at ?? null, hidden_reason: hidden?.reason ?? null })
    .where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findInitiative(db: Executor, id: string): Promise<InitiativeRecord | undefined> {
  const row = await selectRows(db).where('initiatives.id', '=', id).executeTakeFirst();
  return row ? (await toRecords(db, [row]))[0] : undefined;
}

/** Initiatives waiting for staff, oldest first (first come, first decided). */
export async function listPending(db: Executor): Promise<InitiativeRecord[]> {
  return toRecords(db, await selectRows(db).where('initiatives.status', '=', 'pending').orderBy('initiatives.updated_at').orderBy('initiatives.id').execute());
}

/** One author's initiatives, newest first: signed with their member id, or with the pseudonym they hold for initiatives. */
export async function listByAuthor(db: Executor, author: { memberId: string | null; pseudonymId: string | null }): Promise<InitiativeRecord[]> {
  const rows = await selectRows(db)
    .where((eb) => eb.or([
      eb('initiatives.author_member_id', '=', author.memberId ?? ''),
      eb('initiatives.author_pseudonym_id', '=', author.pseudonymId ?? ''),
    ]))
    .orderBy('initiatives.created_at', 'desc').orderBy('initiatives.id').execute();
  return toRecords(db, rows);
}
