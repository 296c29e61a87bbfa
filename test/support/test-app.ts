// The real application over a test database, with a clock tests can move and a mailer of their choosing.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Db, Engine } from '../../src/db/database.ts';
import type { Clock } from '../../src/platform/clock.ts';
import type { Mailer, OutgoingMail } from '../../src/platform/mail.ts';

export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-23T10:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

/** Keeps sent mail in memory for route tests; the browser journey uses a real SMTP server instead. */
export class MemoryMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  failNext = false;
  async send(mail: OutgoingMail): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('SMTP server unavailable (test)');
    }
    this.sent.push(mail);
  }
  close(): void {}
}

/** Posts without a proof-of-work solution wait 1 ms, not 3 s: the wait still runs, the suite stays fast. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '.tmp/test-data', PROOF_OF_WORK_WAIT_MS: '1', ...overrides });
}

export interface TestApp {
  app: FastifyInstance;
  clock: TestClock;
  mailer: MemoryMailer;
  /** The database the app runs on, for factories that need it beside the app (test/support/member.ts). */
  db: Db;
}

export async function createTestApp(db: Db, engine: Engine, options: { config?: Config; mailer?: Mailer } = {}): Promise<TestApp> {
  const clock = new TestClock();
  const mailer = new MemoryMailer();
  const app = await buildApp({ config: options.config ?? testConfig(), db, engine, clock, mailer: options.mailer ?? mailer, logger: false });
  await app.ready();
  return { app, clock, mailer, db };
}

/** Cookies a response sets, as a Cookie header value to send back (a tiny cookie jar for route tests). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.maxAge !== undefined && cookie.maxAge <= 0)) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** The CSRF token of the first form on a page. */
export function csrfTokenFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF token on the page');
  return match[1];
}
