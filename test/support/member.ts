// Members of the solidarity network for tests: `signUpMember` joins and signs in through the real forms (a
// CookieJar as the signed-in browser); `createMember` writes an account straight through the repository.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import type { Db, Engine } from '../../src/db/database.ts';
import { hashPassword } from '../../src/features/accounts/index.ts';
import { authorshipFor, isMyPseudonym, pseudonymFor, PseudonymUnavailableError, requireMember } from '../../src/features/members/index.ts';
import { insertMember } from '../../src/features/members/members.repository.ts';
import { newPseudonymSecret, wrapPseudonymSecret } from '../../src/features/members/pseudonym-secret.ts';
import { newId } from '../../src/platform/tokens.ts';
import { postForm } from './staff.ts';
import { CookieJar, MemoryMailer, TestClock, testConfig, type TestApp } from './test-app.ts';

export interface MemberOptions {
  email?: string;
  displayName?: string;
  password?: string;
  atRisk?: boolean;
}

export interface TestMember {
  id: string;
  email: string;
  password: string;
  displayName: string;
}

let sequence = 0;

function withDefaults(options: MemberOptions): TestMember & { atRisk: boolean } {
  sequence += 1;
  return {
    id: '',
    email: (options.email ?? `member${sequence}-${Math.random().toString(36).slice(2, 8)}@network.example`).toLowerCase(),
    password: options.password ?? 'solidarity across borders',
    displayName: options.displayName ?? `Member ${sequence}`,
    atRisk: options.atRisk ?? false,
  };
}

/** Each browser comes from its own address, so suites that make many members stay clear of the join and sign-in limits. */
function nextAddress(): string {
  sequence += 1;
  return `10.88.${Math.floor(sequence / 250) % 250}.${(sequence % 250) + 1}`;
}

/** A member as /join makes them, signed in through /sign-in: `client` is their browser's cookie jar. */
export async function signUpMember(t: TestApp, options: MemberOptions = {}): Promise<TestMember & { client: CookieJar }> {
  const member = withDefaults(options);
  const address = nextAddress();
  const joined = await postForm(t, new CookieJar(), '/join', {
    displayName: member.displayName, email: member.email, password: member.password, ...(member.atRisk ? { atRisk: '1' } : {}),
  }, '/join', address);
  if (joined.statusCode !== 303) throw new Error(`joining failed with ${joined.statusCode}`);
  const row = await t.db.selectFrom('members').select('id').where('email', '=', member.email).executeTakeFirstOrThrow();
  const client = await signInMember(t, { email: member.email, password: member.password }, address);
  return { id: row.id, email: member.email, password: member.password, displayName: member.displayName, client };
}

/** Signs an existing member in through the real form, in a new browser (jar). */
export async function signInMember(t: TestApp, member: Pick<TestMember, 'email' | 'password'>, address = nextAddress()): Promise<CookieJar> {
  const client = new CookieJar();
  const response = await postForm(t, client, '/sign-in', { email: member.email, password: member.password }, '/sign-in', address);
  if (response.statusCode !== 303) throw new Error(`member sign-in failed with ${response.statusCode}`);
  return client;
}

/** A member account written through the repository (for repository and use-case tests; not signed in anywhere). */
export async function createMember(db: Db, options: MemberOptions = {}): Promise<TestMember & { atRisk: boolean }> {
  const member = { ...withDefaults(options), id: newId() };
  const [passwordHash, wrappedSecret] = await Promise.all([
    hashPassword(member.password), wrapPseudonymSecret(newPseudonymSecret(), member.password, member.id),
  ]);
  await insertMember(db, { ...member, passwordHash, wrappedSecret }, '2026-11-01T00:00:00.000Z');
  return member;
}

/**
 * The real app with one more route a content feature would have: GET /test/authorship?context=… answers, for the
 * signed-in member, what authorshipFor and isMyPseudonym say. `extra` may add more before the app is ready; passing
 * the same `config` to a second app plays a restart (cookies still verify, memory is empty).
 */
export async function createAppWithAuthorshipProbe(
  db: Db, engine: Engine, options: { config?: Config; extra?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const clock = new TestClock();
  const mailer = new MemoryMailer();
  const app = await buildApp({ config: options.config ?? testConfig(), db, engine, clock, mailer, logger: false });
  app.get<{ Querystring: { context?: string; claim?: string } }>('/test/authorship', { preHandler: requireMember() }, async (request) => {
    const context = request.query.context ?? '';
    const mine = request.query.claim ? isMyPseudonym(request, context, request.query.claim) : null;
    try {
      return { authorship: authorshipFor(request, context), pseudonym: pseudonymFor(request, context), mine };
    } catch (error) {
      if (error instanceof PseudonymUnavailableError) return { authorship: null, pseudonym: null, mine, unavailable: true };
      throw error;
    }
  });
  options.extra?.(app);
  await app.ready();
  return { app, clock, mailer, db };
}
