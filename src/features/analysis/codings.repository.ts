// SQL for codings, quotes and the aggregate counts. Codings and quotes are stored and returned sealed (the use
// cases hold the input's cipher); code_counts is the only place codes meet input metadata, and only as totals.
import { PostgresAdapter, sql } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';

type Executor = Db | Transaction;

export interface SealedRecord {
  id: string;
  sealed: Buffer;
}

/**
 * Serialises changes to one input's codings: counts move by the difference between the codes an input had and
 * has, which two concurrent changes must not both compute from the same "before". SQLite runs one transaction
 * at a time already; PostgreSQL locks the input's row until commit.
 */
export async function lockInputForCoding(trx: Transaction, submissionId: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select id from submissions where id = ${submissionId} for update`.execute(trx);
}

export async function listSealedCodings(db: Executor, submissionId: string): Promise<SealedRecord[]> {
  const rows = await db.selectFrom('codings').select(['id', 'sealed_coding']).where('submission_id', '=', submissionId).execute();
  return rows.map((row) => ({ id: row.id, sealed: row.sealed_coding }));
}

/** Rows of sealed records, grouped by the input they belong to. */
export function bySubmission<Row extends { id: string; submission_id: string }>(rows: readonly Row[], sealed: (row: Row) => Buffer): Map<string, SealedRecord[]> {
  const grouped = new Map<string, SealedRecord[]>();
  for (const row of rows) {
    const list = grouped.get(row.submission_id) ?? [];
    list.push({ id: row.id, sealed: sealed(row) });
    grouped.set(row.submission_id, list);
  }
  return grouped;
}

/** The sealed codings of every submitted input of a call, by input, in one query (not one per input). */
export async function listSealedCodingsOfCall(db: Executor, callId: string): Promise<Map<string, SealedRecord[]>> {
  const rows = await db.selectFrom('codings').innerJoin('submissions', 'submissions.id', 'codings.submission_id')
    .select(['codings.id', 'codings.submission_id', 'codings.sealed_coding'])
    .where('submissions.call_id', '=', callId).where('submissions.status', '=', 'submitted').execute();
  return bySubmission(rows, (row) => row.sealed_coding);
}

export async function insertCoding(trx: Transaction, submissionId: string, record: SealedRecord): Promise<void> {
  await trx.insertInto('codings').values({ id: record.id, submission_id: submissionId, sealed_coding: record.sealed }).execute();
}

export async function deleteCodings(trx: Transaction, submissionId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx.deleteFrom('codings').where('submission_id', '=', submissionId).where('id', 'in', ids).execute();
}

export async function listSealedQuotes(db: Executor, submissionId: string): Promise<SealedRecord[]> {
  const rows = await db.selectFrom('quotes').select(['id', 'sealed_quote']).where('submission_id', '=', submissionId).execute();
  return rows.map((row) => ({ id: row.id, sealed: row.sealed_quote }));
}

export async function insertQuote(db: Executor, submissionId: string, record: SealedRecord): Promise<void> {
  await db.insertInto('quotes').values({ id: record.id, submission_id: submissionId, sealed_quote: record.sealed }).execute();
}

export async function deleteQuote(db: Executor, submissionId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('quotes').where('submission_id', '=', submissionId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The metadata an input is counted under (all in clear on the submission already). */
export interface CountedInput {
  callId: string;
  stakeholderType: string;
  language: string;
  countries: string[];
}

export async function findCountedInput(db: Executor, submissionId: string): Promise<CountedInput | undefined> {
  const row = await db.selectFrom('submissions').select(['call_id', 'stakeholder_type', 'language'])
    .where('id', '=', submissionId).where('status', '=', 'submitted').executeTakeFirst();
  if (!row) return undefined;
  const countries = await db.selectFrom('submission_countries').select('country_code').where('submission_id', '=', submissionId).execute();
  return { callId: row.call_id, stakeholderType: row.stakeholder_type, language: row.language ?? '', countries: countries.map((c) => c.country_code) };
}

/** Adds delta (+1 / −1) to the code's count on the input's once-row ('') and on each of its countries' rows. */
export async function adjustCodeCount(trx: Transaction, input: CountedInput, codeId: string, delta: 1 | -1): Promise<void> {
  for (const country of ['', ...new Set(input.countries)]) {
    const row = { call_id: input.callId, code_id: codeId, country_code: country, stakeholder_type: input.stakeholderType, language: input.language };
    await trx.insertInto('code_counts').values({ ...row, inputs: delta })
      .onConflict((oc) => oc.columns(['call_id', 'code_id', 'country_code', 'stakeholder_type', 'language'])
        .doUpdateSet({ inputs: sql`code_counts.inputs + ${delta}` }))
      .execute();
  }
  // A row at zero says nothing worth keeping.
  await trx.deleteFrom('code_counts').where('call_id', '=', input.callId).where('code_id', '=', codeId).where('inputs', '<=', 0).execute();
}

export interface CountFilters {
  country?: string;
  stakeholderType?: string;
  language?: string;
}

export interface CountRow {
  codeId: string;
  countryCode: string;
  stakeholderType: string;
  language: string;
  inputs: number;
}

/** Aggregate rows of a call: the once-rows (country '') unless a country is asked for, or every country's rows. */
export async function selectCodeCounts(db: Executor, callId: string, filters: CountFilters, perCountry: boolean): Promise<CountRow[]> {
  let query = db.selectFrom('code_counts').selectAll().where('call_id', '=', callId);
  if (filters.country) query = query.where('country_code', '=', filters.country);
  else query = query.where('country_code', perCountry ? '<>' : '=', '');
  if (filters.stakeholderType) query = query.where('stakeholder_type', '=', filters.stakeholderType);
  if (filters.language !== undefined) query = query.where('language', '=', filters.language);
  const rows = await query.execute();
  return rows.map((row) => ({
    codeId: row.code_id, countryCode: row.country_code, stakeholderType: row.stakeholder_type, language: row.language, inputs: Number(row.inputs),
  }));
}
