// Staff members for route tests: a real account (argon2id hash, a key pair wrapped under the password, and for
// roles that need it a second factor already set up) and a CookieJar signed in through the real forms.
import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../../src/db/database.ts';
import { insertStaffUser } from '../../src/features/accounts/accounts.repository.ts';
import { requiresTwoFactor, type StaffRole } from '../../src/features/accounts/index.ts';
import { hashPassword } from '../../src/features/accounts/passwords.ts';
import { newStaffKeys } from '../../src/features/accounts/staff-keys.ts';
import { newTotpSecret, sealTotpSecret, totpCode } from '../../src/features/accounts/two-factor.ts';
import { enableSecret } from '../../src/features/accounts/two-factor.repository.ts';
import { newId } from '../../src/platform/tokens.ts';
import { CookieJar, csrfTokenFrom, type TestApp } from './test-app.ts';

let sequence = 0;

export interface TestStaff {
  id: string;
  email: string;
  password: string;
  displayName: string;
  role: StaffRole;
  /** The TOTP secret when a second factor is set up (tests play the authenticator app), else null. */
  totpSecret: string | null;
}

export interface StaffOptions extends Partial<Omit<TestStaff, 'id' | 'totpSecret'>> {
  /** Set up a second factor at creation; defaults to whether the role requires one. */
  twoFactor?: boolean;
}

/**
 * A staff account as setup would make it. The default role is 'call-manager' (no second factor needed), for
 * tests of signing in itself; `signedInStaff` defaults to an administrator instead.
 */
export async function createStaffUser(db: Db, options: StaffOptions = {}): Promise<TestStaff> {
  sequence += 1;
  const role = options.role ?? 'call-manager';
  const staff: TestStaff = {
    id: newId(),
    email: options.email ?? `staff${sequence}-${Math.random().toString(36).slice(2, 8)}@ohchr.example`,
    password: options.password ?? 'correct horse battery staple',
    displayName: options.displayName ?? `Staff member ${sequence}`,
    role,
    totpSecret: null,
  };
  const [passwordHash, keys] = await Promise.all([hashPassword(staff.password), newStaffKeys(staff.password)]);
  await insertStaffUser(db, { ...staff, passwordHash, keys: keys.stored }, '2026-11-01T00:00:00.000Z');
  if (options.twoFactor ?? requiresTwoFactor(role)) {
    const secret = newTotpSecret();
    // Enrolled "last month": step 0 is long past, so any current code is accepted once.
    await db.transaction().execute((trx) => enableSecret(trx, staff.id, sealTotpSecret(secret, keys.stored.publicKey), 0, '2026-11-01T00:00:00.000Z'));
    staff.totpSecret = secret;
  }
  return staff;
}

/** The code an authenticator app would show now (by the test app's clock) for this member. */
export function currentCode(t: TestApp, staff: Pick<TestStaff, 'totpSecret'>, stepsLater = 0): string {
  if (!staff.totpSecret) throw new Error('this member has no second factor');
  return totpCode(staff.totpSecret, new Date(t.clock.now().getTime() + stepsLater * 30_000));
}


/** A urlencoded form body, as a browser sends it. */
export function formPayload(values: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) for (const v of [value].flat()) params.append(name, v);
  return params.toString();
}

/** POSTs a urlencoded form with the jar's cookies and a fresh CSRF token from `formPage`, storing what comes back. */
export async function postForm(
  t: TestApp, jar: CookieJar, url: string, values: Record<string, string | string[]>, formPage = url, remoteAddress?: string,
): Promise<LightMyRequestResponse> {
  const page = await t.app.inject({ url: formPage, headers: { cookie: jar.header() }, ...(remoteAddress ? { remoteAddress } : {}) });
  jar.store(page);
  const response = await t.app.inject({
    method: 'POST', url, payload: formPayload({ ...values, _csrf: csrfTokenFrom(page.body) }),
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  jar.store(response);
  return response;
}

/**
 * Creates a staff member and signs them in through /staff/sign-in (and its code step when they have a second
 * factor). By default an administrator with a second factor, who can use every staff page. Each sign-in comes
 * from its own address, so suites that sign in many people stay clear of the sign-in rate limit.
 */
export async function signedInStaff(t: TestApp, db: Db, options: StaffOptions = {}): Promise<TestStaff & { jar: CookieJar }> {
  const staff = await createStaffUser(db, { role: 'admin', ...options });
  return { ...staff, jar: await signIn(t, staff) };
}

/**
 * Signs an existing member in through the real forms, in a new browser (jar). A code is accepted once per 30-second
 * step, so signing the same member in again moves the test clock to the next step first.
 */
export async function signIn(t: TestApp, staff: TestStaff, password = staff.password): Promise<CookieJar> {
  sequence += 1;
  const jar = new CookieJar();
  const remoteAddress = `10.77.${Math.floor(sequence / 250) % 250}.${(sequence % 250) + 1}`;
  const response = await postForm(t, jar, '/staff/sign-in', { email: staff.email, password }, '/staff/sign-in', remoteAddress);
  if (response.statusCode !== 303) throw new Error(`staff sign-in failed with ${response.statusCode}`);
  if (String(response.headers.location).startsWith('/staff/sign-in/code')) {
    const used = usedSteps.get(staff.id);
    const step = Math.floor(t.clock.now().getTime() / 30_000);
    if (used !== undefined && used >= step) t.clock.set(new Date((used + 1) * 30_000).toISOString());
    usedSteps.set(staff.id, Math.floor(t.clock.now().getTime() / 30_000));
    const code = await postForm(t, jar, '/staff/sign-in/code', { code: currentCode(t, staff) }, '/staff/sign-in/code', remoteAddress);
    if (code.statusCode !== 303) throw new Error(`staff sign-in code refused with ${code.statusCode}`);
  }
  return jar;
}

const usedSteps = new Map<string, number>();
