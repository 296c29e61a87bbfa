// SQL for a call's codebook: categories and codes. Labels and terms are JSON; both are archived, never deleted.
import type { Db, Transaction } from '../../db/database.ts';
import type { CodesTable, CodebookCategoriesTable } from './analysis.table.ts';
import type { Category, Code } from './codebook.ts';

type Executor = Db | Transaction;

function toCategory(row: Omit<CodebookCategoriesTable, 'archived'> & { archived: number }): Category {
  return { id: row.id, callId: row.call_id, key: row.key, label: JSON.parse(row.labels), position: row.position, archived: Boolean(row.archived) };
}

function toCode(row: Omit<CodesTable, 'archived'> & { archived: number }): Code {
  return {
    id: row.id, callId: row.call_id, categoryId: row.category_id, key: row.key, label: JSON.parse(row.labels),
    terms: JSON.parse(row.terms), position: row.position, archived: Boolean(row.archived),
  };
}

export async function listCategories(db: Executor, callId: string): Promise<Category[]> {
  const rows = await db.selectFrom('codebook_categories').selectAll().where('call_id', '=', callId).orderBy('position').orderBy('key').execute();
  return rows.map(toCategory);
}

export async function listCodes(db: Executor, callId: string): Promise<Code[]> {
  const rows = await db.selectFrom('codes').selectAll().where('call_id', '=', callId).orderBy('position').orderBy('key').execute();
  return rows.map(toCode);
}

export async function findCode(db: Executor, codeId: string): Promise<Code | undefined> {
  const row = await db.selectFrom('codes').selectAll().where('id', '=', codeId).executeTakeFirst();
  return row && toCode(row);
}

export async function insertCategory(db: Executor, category: Category): Promise<void> {
  await db.insertInto('codebook_categories').values({
    id: category.id, call_id: category.callId, key: category.key, labels: JSON.stringify(category.label), position: category.position,
    archived: category.archived ? 1 : 0,
  }).execute();
}

/** Labels, position and whether archived; a category's key never changes (seeding and exports know it by it). */
export async function updateCategory(db: Executor, category: Category): Promise<void> {
  await db.updateTable('codebook_categories')
    .set({ labels: JSON.stringify(category.label), position: category.position, archived: category.archived ? 1 : 0 })
    .where('id', '=', category.id).where('call_id', '=', category.callId).execute();
}

export async function insertCode(db: Executor, code: Code): Promise<void> {
  await db.insertInto('codes').values({
    id: code.id, call_id: code.callId, category_id: code.categoryId, key: code.key, labels: JSON.stringify(code.label),
    terms: JSON.stringify(code.terms), position: code.position, archived: code.archived ? 1 : 0,
  }).execute();
}

export async function updateCode(db: Executor, code: Code): Promise<void> {
  await db.updateTable('codes').set({
    category_id: code.categoryId, key: code.key, labels: JSON.stringify(code.label), terms: JSON.stringify(code.terms),
    position: code.position, archived: code.archived ? 1 : 0,
  }).where('id', '=', code.id).where('call_id', '=', code.callId).execute();
}

export async function setCodeArchived(db: Executor, codeId: string, archived: boolean): Promise<boolean> {
  const result = await db.updateTable('codes').set({ archived: archived ? 1 : 0 }).where('id', '=', codeId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
