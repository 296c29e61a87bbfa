// Entries in five languages the search tests index on both engines, and the helpers their suites share.
import { before } from 'node:test';
import type { Engine } from '../../db/database.ts';
import type { TestDatabase } from '../../../test/support/engines.ts';
import { indexEntry } from './index-entry.ts';
import { search, type SearchOptions } from './search-entries.ts';
import type { SearchEntryInput } from './search-entry.ts';

export const searchTestEntries: SearchEntryInput[] = [
  { kind: 'statement', refId: 'fr-1', url: '/statements/fr-1', language: 'fr', title: 'Défense des défenseurs',
    body: 'La DÉFENSE des défenseurs des droits humains face au fichage et aux campagnes de dénigrement.',
    themes: ['civic-space'], country: 'FR', audience: 'public', updatedAt: '2026-11-01T10:00:00Z' },
  { kind: 'initiative', refId: 'es-1', url: '/initiatives/es-1', language: 'es', title: 'Solidaridad con las trabajadoras',
    body: 'Solidaridad internacional con las trabajadoras agrícolas migrantes de la región andina.',
    themes: ['workers-rights', 'migrants-refugees-minorities'], country: 'PE', audience: 'public', updatedAt: '2026-11-02T10:00:00Z' },
  { kind: 'post', refId: 'ar-1', url: '/forums/rights/posts/ar-1', language: 'ar', title: 'التَّضَامُنُ الدَّوْلِيُّ',
    body: 'نعمل من أجل التضامن الدولي وحقوق الإنسان في المنطقة، والدفاع عن المدافعين.',
    themes: ['civic-space'], country: 'EG', audience: 'public', updatedAt: '2026-11-03T10:00:00Z' },
  { kind: 'thread', refId: 'zh-1', url: '/forums/rights/threads/zh-1', language: 'zh', title: '国际团结论坛',
    body: '我们讨论人权与国际团结，以及气候正义。', themes: ['climate-and-disasters'], country: 'CN', audience: 'public',
    updatedAt: '2026-11-04T10:00:00Z' },
  { kind: 'organisation', refId: 'members-1', url: '/organisations/members-1', language: 'en', title: 'Housing defenders collective',
    body: 'A collective of housing defenders working on evictions.', themes: ['housing'], country: 'KE', audience: 'members',
    updatedAt: '2026-11-05T10:00:00Z' },
];

/** Indexes the entries before the suite; `find` searches as the public by default, `refs` lists what it found. */
export function withTestEntries(database: () => TestDatabase, engine: Engine) {
  before(async () => {
    for (const entry of searchTestEntries) await indexEntry(database().db, entry);
  });
  const find = (query: string, options: Partial<SearchOptions> = {}) =>
    search(database().db, engine, { query, audience: 'public', limit: 20, offset: 0, ...options });
  const refs = async (query: string, options: Partial<SearchOptions> = {}) =>
    (await find(query, options)).results.map((r) => r.entry.refId).sort();
  return { find, refs };
}
