// One Kysely API over two engines: embedded SQLite by default, PostgreSQL for several instances behind a balancer.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database, Db, Engine } from './database.ts';

export type DatabaseSettings = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface Connection {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

// pg returns bigint (count(*), sums) as strings to avoid precision loss; our counts are small, so read them as numbers
// here, once, and both engines hand repositories the same types.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function connect(settings: DatabaseSettings): Connection {
  if (settings.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: settings.url, max: 10 });
    // An idle connection closed by the server (restart, failover, a dropped test database) is already discarded by
    // the pool; without a listener its 'error' event would crash the whole process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  if (settings.file !== ':memory:') mkdirSync(path.dirname(settings.file), { recursive: true });
  const sqlite = new SQLite(settings.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}
