// Staff members for route tests: a real account (argon2id hash) and a CookieJar signed in through the real form.
import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../../src/db/database.ts';
import { insertStaffUser } from '../../src/features/accounts/accounts.repository.ts';
import { hashPassword } from '../../src/features/accounts/passwords.ts';
import type { StaffRole } from '../../src/features/accounts/index.ts';
import { newId } from '../../src/platform/tokens.ts';
import { CookieJar, csrfTokenFrom, type TestApp } from './test-app.ts';

let sequence = 0;

export interface TestStaff {
  id: string;
  email: string;
  password: string;
  displayName: string;
  role: StaffRole;
}

export async function createStaffUser(db: Db, options: Partial<Omit<TestStaff, 'id'>> = {}): Promise<TestStaff> {
  sequence += 1;
  const staff: TestStaff = {
    id: newId(),
    email: options.email ?? `staff${sequence}-${Math.random().toString(36).slice(2, 8)}@ohchr.example`,
    password: options.password ?? 'correct horse battery staple',
    displayName: options.displayName ?? `Staff member ${sequence}`,
    role: options.role ?? 'staff',
  };
  await insertStaffUser(db, { ...staff, passwordHash: await hashPassword(staff.password) }, '2026-11-01T00:00:00.000Z');
  return staff;
}

/** A urlencoded form body, as a browser sends it. */
export function formPayload(values: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) for (const v of [value].flat()) params.append(name, v);
  return params.toString();
}

/** POSTs a urlencoded form with the jar's cookies and a fresh CSRF token from `formPage`, storing what comes back. */
export async function postForm(
  t: TestApp, jar: CookieJar, url: string, values: Record<string, string | string[]>, formPage = url,
): Promise<LightMyRequestResponse> {
  const page = await t.app.inject({ url: formPage, headers: { cookie: jar.header() } });
  jar.store(page);
  const response = await t.app.inject({
    method: 'POST', url, payload: formPayload({ ...values, _csrf: csrfTokenFrom(page.body) }),
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
  });
  jar.store(response);
  return response;
}

/**
 * Creates a staff member and signs them in through /staff/sign-in. Each sign-in comes from its own address, so
 * suites that sign in many people stay clear of the sign-in rate limit.
 */
export async function signedInStaff(t: TestApp, db: Db, options: Partial<Omit<TestStaff, 'id'>> = {}): Promise<TestStaff & { jar: CookieJar }> {
  const staff = await createStaffUser(db, options);
  const jar = new CookieJar();
  const remoteAddress = `10.77.${Math.floor(sequence / 250) % 250}.${(sequence % 250) + 1}`;
  const page = await t.app.inject({ url: '/staff/sign-in', remoteAddress });
  jar.store(page);
  const response = await t.app.inject({
    method: 'POST', url: '/staff/sign-in', remoteAddress,
    payload: formPayload({ email: staff.email, password: staff.password, _csrf: csrfTokenFrom(page.body) }),
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
  });
  if (response.statusCode !== 303) throw new Error(`staff sign-in failed with ${response.statusCode}`);
  jar.store(response);
  return { ...staff, jar };
}
