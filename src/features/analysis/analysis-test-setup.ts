// Shared by the analysis tests: a call with a small codebook, and inputs opened the way a key holder opens them.
import type { Db } from '../../db/database.ts';
import { createTestCall, createSubmittedInput } from '../../../test/support/factories.ts';
import { createStaffUser, formPayload, type TestStaff } from '../../../test/support/staff.ts';
import { csrfTokenFrom, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { findSubmittedStoredInput, openStoredInput } from '../submissions/index.ts';
import { systemClock } from '../../platform/clock.ts';
import type { AnalysisDeps, OpenedInput } from './analysis-deps.ts';
import type { CodebookDefinition } from './codebook.ts';
import { listCodes } from './codebook.repository.ts';
import { seedCodebook } from './seed-codebook.ts';

export const testCodebook: CodebookDefinition = {
  categories: [
    { key: 'networks', label: { en: 'Networks', fr: 'Réseaux', es: 'Redes' } },
    { key: 'reprisals', label: { en: 'Reprisals', fr: 'Représailles', es: 'Represalias' } },
  ],
  codes: [
    { key: 'network-regional', category: 'networks', label: { en: 'Regional', fr: 'Régional', es: 'Regional' }, terms: { en: ['regional'] } },
    { key: 'network-transnational', category: 'networks', label: { en: 'Transnational', fr: 'Transnational', es: 'Transnacional' }, terms: {} },
    { key: 'surveillance', category: 'reprisals', label: { en: 'Surveillance', fr: 'Surveillance', es: 'Vigilancia' }, terms: { en: ['surveillance', 'monitored'], es: ['vigilancia'] } },
    { key: 'defunding', category: 'reprisals', label: { en: 'Defunding', fr: 'Définancement', es: 'Desfinanciación' }, terms: { en: ['funding cut'] } },
  ],
};

export interface AnalysisFixture {
  deps: AnalysisDeps;
  call: CallWithQuestionnaires;
  /** Code ids by key. */
  codes: Record<string, string>;
  staffId: string;
  /** The part ref of the call's long-text question (question 2). */
  textRef: string;
  /** The part ref of the choose-many question (question 1). */
  choicesRef: string;
}

/** A call with the test codebook and a key-holding administrator (who must exist before inputs are made). */
export async function analysisFixture(db: Db): Promise<AnalysisFixture> {
  const staff = await createStaffUser(db, { role: 'admin' });
  const call = await createTestCall(db);
  await seedCodebook(db, call.id, testCodebook);
  const codes = Object.fromEntries((await listCodes(db, call.id)).map((code) => [code.key, code.id]));
  const [q1, q2] = call.questionnaires[0]!.questions;
  return { deps: { db, clock: systemClock }, call, codes, staffId: staff.id, textRef: `${q2!.id}:answer`, choicesRef: `${q1!.id}:networks` };
}

/** A submitted input whose long-text answer is `text`, opened with its cipher. */
export async function openedInput(
  fixture: AnalysisFixture, text: string, options: Parameters<typeof createSubmittedInput>[2] = {},
): Promise<OpenedInput> {
  const { db } = fixture.deps;
  const made = await createSubmittedInput(db, fixture.call, { answers: { [fixture.textRef]: { text } }, ...options });
  const stored = await findSubmittedStoredInput(db, made.id);
  if (!stored) throw new Error('input not stored');
  return { input: openStoredInput(stored, made.cipher), cipher: made.cipher };
}

export type PageMember = TestStaff & { jar: CookieJar };

/** Pages as a signed-in member reading `locale` sees them, and forms posted with a CSRF token from `formPage`. */
export function memberPages(t: TestApp) {
  const get = (member: PageMember, url: string, locale = 'en') =>
    t.app.inject({ url, headers: { cookie: member.jar.header(), 'accept-language': locale } });
  async function post(member: PageMember, url: string, values: Record<string, string>, formPage = url, locale = 'en') {
    const page = await get(member, formPage, locale);
    member.jar.store(page);
    return t.app.inject({
      method: 'POST', url, payload: formPayload({ ...values, _csrf: csrfTokenFrom(page.body) }),
      headers: { cookie: member.jar.header(), 'content-type': 'application/x-www-form-urlencoded', 'accept-language': locale },
    });
  }
  return { get, post };
}
