// The search index (migration 2026-12-03T1030-search.ts). One row per searchable thing, written by the feature that
// owns the thing; the engine-specific full-text structures beside it (FTS5 tables on SQLite, the `document`
// tsvector on PostgreSQL) are reached only through search.repository.ts.
import type { Generated } from 'kysely';

export interface SearchEntriesTable {
  /** An integer, because SQLite's FTS5 tables are keyed by rowid. */
  id: Generated<number>;
  kind: string;
  ref_id: string;
  url: string;
  language: string;
  title: string;
  excerpt: string;
  /** JSON array of theme keys */
  themes: string;
  /** JSON array of ISO 3166-1 alpha-2 codes (migration 2026-12-04T1020-search-countries.ts) */
  countries: string;
  /** JSON array of UN regional group keys */
  regional_groups: string;
  audience: string;
  updated_at: string;
}

export interface SearchTables {
  search_entries: SearchEntriesTable;
}
