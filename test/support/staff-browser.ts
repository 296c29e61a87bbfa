// Staff pages in real Chromium without the first-account journey: the app runs in this process on an in-memory
// SQLite database, an administrator signs in through it (before the test makes inputs, so they are sealed to them),
// and each browser page gets that session's cookies.
import type { Db } from '../../src/db/database.ts';
import { addSessionCookies, launchBrowser, type TestBrowser, type TestPage } from './browser.ts';
import { createTestDatabase, type TestDatabase } from './engines.ts';
import { signedInStaff } from './staff.ts';
import { createTestApp, type TestApp } from './test-app.ts';

export interface StaffBrowser {
  db: Db;
  app: TestApp;
  /** A page signed in as the administrator, with JavaScript on or off. */
  signedInPage(javaScript: boolean): Promise<TestPage>;
  stop(): Promise<void>;
}

export async function startStaffBrowser(): Promise<StaffBrowser> {
  const database: TestDatabase = await createTestDatabase('sqlite');
  const app = await createTestApp(database.db, 'sqlite');
  const { jar } = await signedInStaff(app, database.db, { role: 'admin' });
  const origin = await app.app.listen({ host: '127.0.0.1', port: 0 });
  const browser: TestBrowser = await launchBrowser(origin);
  return {
    db: database.db,
    app,
    async signedInPage(javaScript) {
      const page = await browser.newPage({ javaScript });
      await addSessionCookies(page, jar.header(), origin);
      return page;
    },
    async stop() {
      await browser.close();
      await app.app.close();
      await database.drop();
    },
  };
}
