// Analysis of inputs (issue 5): each call's codebook, the codings and quotes staff take from inputs, and the
// aggregate counts dashboards read. Codebook labels are staff-written and not confidential. A coding or a quote
// says something about one input ("input X reports surveillance"), so it is sealed under that input's content
// key like the input itself; only the input it belongs to is in clear (to list an input's codings). What is in
// clear about codes is deliberately aggregate: code_counts holds, per code and per combination of the input
// metadata already in clear (country, stakeholder type, language), how many inputs carry the code.
import type { Kysely } from 'kysely';
import { binaryType } from './column-types.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const binary = binaryType(db);
  await db.schema
    .createTable('codebook_categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('labels', 'text', (c) => c.notNull()) // JSON {en, fr, es}
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('codebook_categories_call_key', ['call_id', 'key'])
    .execute();

  await db.schema
    .createTable('codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('codebook_categories.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('labels', 'text', (c) => c.notNull()) // JSON {en, fr, es}
    .addColumn('terms', 'text', (c) => c.notNull()) // JSON {en: [...], fr: [...], es: [...]} for suggestions
    .addColumn('position', 'integer', (c) => c.notNull())
    // Codes are archived, never deleted: sealed codings name them by id and must always find them.
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('codes_call_key', ['call_id', 'key'])
    .execute();

  // One row per coding or quote; everything about it (which code, where, the passage, who, how) is sealed.
  for (const [table, column] of [['codings', 'sealed_coding'], ['quotes', 'sealed_quote']] as const) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
      .addColumn(column, binary, (c) => c.notNull())
      .execute();
    await db.schema.createIndex(`${table}_submission`).on(table).column('submission_id').execute();
  }

  // country_code '' is the row counting each input once whatever its countries; a row per country counts the
  // input under each country it works in. language '' stands for an input without a detected language.
  await db.schema
    .createTable('code_counts')
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('code_id', 'text', (c) => c.notNull().references('codes.id'))
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('stakeholder_type', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('inputs', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('code_counts_pk', ['call_id', 'code_id', 'country_code', 'stakeholder_type', 'language'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['code_counts', 'quotes', 'codings', 'codes', 'codebook_categories']) await db.schema.dropTable(table).execute();
}
