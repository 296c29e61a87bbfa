// The few column types the two engines spell differently; everything else in migrations is plain Kysely.
import { PostgresAdapter, type Kysely } from 'kysely';

export function binaryType(db: Kysely<any>): 'bytea' | 'blob' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
}
