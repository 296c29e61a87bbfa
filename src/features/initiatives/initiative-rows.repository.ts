// Reading initiative rows into records: the author as readers see them (a named author's name, and the organisation
// they posted for, read at query time, so a changed or removed account shows as it is now) and every row's tags.
import type { Db, Transaction } from '../../db/database.ts';
import type { HumanRight, Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import type { Initiative, InitiativeAuthor, InitiativeContent, InitiativeStatus } from './initiative.ts';
import type { InitiativesTable } from './initiatives.table.ts';

type Executor = Db | Transaction;

/** An initiative without its pictures (initiative-images.repository.ts reads those). */
export type InitiativeRecord = Omit<Initiative, 'images'>;

type Row = InitiativesTable & { member_display_name: string | null; organisation_name: string | null; organisation_at_risk_mode: string | null };

export function selectRows(db: Executor) {
  return db.selectFrom('initiatives')
    .leftJoin('members', 'members.id', 'initiatives.author_member_id')
    .leftJoin('organisations', 'organisations.id', 'initiatives.organisation_id')
    .selectAll('initiatives')
    .select(['members.display_name as member_display_name', 'organisations.name as organisation_name', 'organisations.at_risk_mode as organisation_at_risk_mode']);
}

function authorOf(row: Row): InitiativeAuthor {
  if (row.author_pseudonym_id && row.author_pseudonym_label) return { kind: 'pseudonym', pseudonymId: row.author_pseudonym_id, label: row.author_pseudonym_label };
  if (row.author_member_id && row.member_display_name !== null) {
    // An organisation that has since chosen at-risk mode (or no longer exists) is no longer named beside the author.
    const named = row.organisation_id && row.organisation_name !== null && row.organisation_at_risk_mode === 'off';
    const organisation = named ? { id: row.organisation_id!, name: row.organisation_name! } : null;
    return { kind: 'member', memberId: row.author_member_id, displayName: row.member_display_name, organisation };
  }
  return { kind: 'former-member' };
}

type Tags = Pick<InitiativeContent, 'rights' | 'themes' | 'countries'>;

async function tagsOf(db: Executor, ids: readonly string[]): Promise<Map<string, Tags>> {
  const tags = new Map<string, Tags>(ids.map((id) => [id, { rights: [], themes: [], countries: [] }]));
  if (!ids.length) return tags;
  const rows = await db.selectFrom('initiative_tags').selectAll().where('initiative_id', 'in', ids).orderBy('value').execute();
  for (const row of rows) {
    const entry = tags.get(row.initiative_id)!;
    if (row.kind === 'right') entry.rights.push(row.value as HumanRight);
    else if (row.kind === 'theme') entry.themes.push(row.value as Theme);
    else entry.countries.push(row.value);
  }
  return tags;
}

export async function toRecords(db: Executor, rows: Row[]): Promise<InitiativeRecord[]> {
  const tags = await tagsOf(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id, title: row.title, description: row.description, language: row.language, link: row.link,
    startsOn: row.starts_on, endsOn: row.ends_on, ...tags.get(row.id)!, author: authorOf(row),
    status: row.status as InitiativeStatus, rejectionReason: row.rejection_reason, hiddenAt: row.hidden_at,
    hiddenReason: row.hidden_reason, createdAt: row.created_at, updatedAt: row.updated_at, publishedAt: row.published_at,
  }));
}

