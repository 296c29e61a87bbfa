// What other features use of search: keep the index true inside their transactions, and the public page.
export { indexEntry, removeEntry } from './index-entry.ts';
export { searchRoutes } from './search.routes.tsx';
export { search, type SearchOptions, type SearchOutcome, type SearchResult } from './search-entries.ts';
export { searchKinds, type Audience, type SearchEntryInput, type SearchKind } from './search-entry.ts';
