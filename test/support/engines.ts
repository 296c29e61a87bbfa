// Runs a test suite on every database engine: SQLite always, PostgreSQL when a server answers. Each suite gets
// its own freshly migrated database (a PostgreSQL database created for it and dropped after), so runs never collide.
// CI sets REQUIRE_POSTGRES=1 so an unreachable server fails the run instead of silently skipping.
import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { connect, type Connection } from '../../src/db/connect.ts';
import type { Engine } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const requirePostgres = process.env.REQUIRE_POSTGRES === '1';

let postgresAvailable: Promise<boolean> | undefined;
/** Whether a PostgreSQL server answers (checked once); throws instead when REQUIRE_POSTGRES=1 and none does. */
export function postgresReachable(): Promise<boolean> {
  postgresAvailable ??= (async () => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch (error) {
      if (requirePostgres) throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL at ${adminUrl} is unreachable: ${(error as Error).message}`);
      console.log(`# PostgreSQL at ${adminUrl} is unreachable: its tests are skipped (${(error as Error).message})`);
      return false;
    }
  })();
  return postgresAvailable;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase extends Connection {
  /** A connection string other processes (a second app instance) can use; undefined for in-memory SQLite. */
  url: string | undefined;
  drop(): Promise<void>;
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const connection = connect({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(connection.db);
    return { ...connection, url: undefined, drop: () => connection.close() };
  }
  const name = `isp_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const connection = connect({ kind: 'postgres', url: url.toString() });
  await migrateToLatest(connection.db);
  return {
    ...connection,
    url: url.toString(),
    drop: async () => {
      await connection.close();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

export const engines: readonly Engine[] = ['sqlite', 'postgres'];

/**
 * describe() once per engine. `database()` gives the suite's connection inside tests and hooks.
 * PostgreSQL suites are skipped, with a printed reason, only when no server is reachable.
 */
export function describeEachEngine(name: string, body: (database: () => TestDatabase, engine: Engine) => void): void {
  for (const engine of engines) {
    describe(`${name} [${engine}]`, async () => {
      if (engine === 'postgres' && !(await postgresReachable())) {
        describe('skipped: PostgreSQL unreachable', { skip: true }, () => {});
        return;
      }
      let current: TestDatabase | undefined;
      before(async () => {
        current = await createTestDatabase(engine);
      });
      after(async () => {
        await current?.drop();
      });
      body(() => {
        if (!current) throw new Error('database used before the suite started');
        return current;
      }, engine);
    });
  }
}
