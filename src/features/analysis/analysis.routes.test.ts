// The analysis workspace through the real app, on SQLite and PostgreSQL: a call with a small codebook and inputs
// from three regions in three languages, read, filtered, coded by paragraph, coded by an accepted suggestion,
// coded by the submitter's ticked choices, quoted with the attribution consent allows, and refused to whoever
// may not read them.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall, type TestInput } from '../../../test/support/factories.ts';
import { formPayload, postForm, signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { createTestApp, csrfTokenFrom, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { testCodebook } from './analysis-test-setup.ts';
import { listCodes } from './codebook.repository.ts';
import { codeCounts } from './code-counts.ts';
import { listCodings } from './list-codings.ts';
import { paragraphsOf } from './paragraphs.ts';
import { seedCodebook } from './seed-codebook.ts';

type Member = TestStaff & { jar: CookieJar };

const kenyaText = 'Our meetings are under surveillance by the police.\n\nOur regional network meets every month.';

describeEachEngine('analysis workspace pages', (database) => {
  let t: TestApp;
  let admin: Member;
  let manager: Member;
  let analyst: Member;
  let outsider: Member;
  let colleague: Member;
  let call: CallWithQuestionnaires;
  let codes: Record<string, string>;
  let kenya: TestInput;
  let france: TestInput;
  let brazil: TestInput;
  let sealed: TestInput;
  let textRef = '';
  let base = '';
  let choicesPage = '';

  async function get(member: Member, url: string, cookie = '') {
    const response = await t.app.inject({ url, headers: { cookie: `${member.jar.header()}${cookie}` } });
    assert.doesNotMatch(response.body, /<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle=/i, `${url}: inline script or style`);
    return response;
  }
  const paragraph = (text: string, index: number) => paragraphsOf(text)[index]!;
  const passageFields = (input: TestInput, text: string, index: number) => ({
    input: input.id, ref: textRef, field: 'text', start: String(paragraph(text, index).start), end: String(paragraph(text, index).end),
  });

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine);
    // Members first: inputs are sealed to the key holders that exist when they arrive.
    admin = await signedInStaff(t, db, { role: 'admin', displayName: 'Amina Analyst' });
    colleague = await signedInStaff(t, db, { role: 'admin', displayName: 'Bruno Colleague' });
    manager = await signedInStaff(t, db, { role: 'call-manager' });
    analyst = await signedInStaff(t, db, { role: 'analyst' });
    outsider = await signedInStaff(t, db, { role: 'recipient' });
    call = await createTestCall(db);
    await seedCodebook(db, call.id, testCodebook);
    codes = Object.fromEntries((await listCodes(db, call.id)).map((code) => [code.key, code.id]));
    const [q1, q2] = call.questionnaires[0]!.questions;
    textRef = `${q2!.id}:answer`;
    base = `/staff/calls/${call.id}/questions/${q2!.id}`;
    choicesPage = `/staff/calls/${call.id}/questions/${q1!.id}`;
    const answer = (text: string) => ({ [textRef]: { text } });
    kenya = await createSubmittedInput(db, call, {
      name: 'Kenya Land Network', countries: ['KE'], language: 'en', consent: 'public-named',
      answers: { ...answer(kenyaText), [`${q1!.id}:networks`]: { choices: ['regional'] } },
    });
    france = await createSubmittedInput(db, call, { countries: ['FR'], language: 'fr', stakeholderType: 'academia', consent: 'public-anonymous', answers: answer('Nos réunions sont surveillées.') });
    brazil = await createSubmittedInput(db, call, { countries: ['BR'], language: 'es', consent: 'do-not-publish', answers: answer('Sufrimos vigilancia constante.') });
    sealed = await createSubmittedInput(db, call, { countries: ['KE'], answers: answer('A sealed answer.') });
    // As if the administrator had never been a holder of this one.
    await db.deleteFrom('input_key_boxes').where('submission_id', '=', sealed.id).where('holder', '=', admin.id).execute();
  });
  after(() => t.app.close());

  it('lists every answer to a question, names the inputs the key cannot open, and filters them', async () => {
    const page = await get(admin, base);
    assert.equal(page.statusCode, 200);
    for (const input of [kenya, france, brazil]) assert.match(page.body, new RegExp(`id="input-${input.id}"`));
    assert.match(page.body, /Our regional network meets every month\./);
    assert.match(page.body, /1 input not readable with your key/);
    assert.match(page.body, new RegExp(`href="/staff/inputs/${sealed.id}">${sealed.reference}<`));
    assert.doesNotMatch(page.body, /A sealed answer/);

    const shown = async (query: string) => {
      const body = (await get(admin, `${base}?${query}`)).body;
      return [kenya, france, brazil].filter((input) => body.includes(`id="input-${input.id}"`)).map((input) => input.reference);
    };
    assert.deepEqual(await shown('country=KE'), [kenya.reference]);
    assert.deepEqual(await shown('region=western-european-others'), [france.reference]);
    assert.deepEqual(await shown('region=latin-american-caribbean'), [brazil.reference]);
    assert.deepEqual(await shown('type=academia'), [france.reference]);
    assert.deepEqual(await shown('language=es'), [brazil.reference]);
    // The chosen filter is shown chosen.
    assert.match((await get(admin, `${base}?region=african`)).body, /<option value="african" selected/);
  });

  it('applies a code to a paragraph, counts it, shows who coded it, filters by it and removes it', async () => {
    const { db } = database();
    const response = await postForm(t, admin.jar, `${base}/codings`, { ...passageFields(kenya, kenyaText, 1), 'code-id': codes.defunding!, region: 'african' }, base);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `${base}?region=african&done=coded#input-${kenya.id}`);
    assert.equal((await codeCounts(db, call.id)).byCode.find((c) => c.codeId === codes.defunding)?.inputs, 1);

    const page = await get(admin, String(response.headers.location));
    assert.match(page.body, /The code was applied\./);
    assert.match(page.body, /Defunding<\/strong> <span class="meta">coded by Amina Analyst/);
    const filtered = (await get(admin, `${base}?code=${codes.defunding}`)).body;
    assert.ok(filtered.includes(`id="input-${kenya.id}"`) && !filtered.includes(`id="input-${france.id}"`));

    const codingId = (await listCodings(database(), kenya.cipher)).find((c) => c.codeId === codes.defunding && c.anchor.kind === 'passage')!.id;
    assert.ok(page.body.includes(`name="coding" value="${codingId}"`));
    const removed = await postForm(t, admin.jar, `${base}/codings/remove`, { input: kenya.id, coding: codingId }, base);
    assert.equal(removed.statusCode, 303);
    assert.equal((await codeCounts(db, call.id)).byCode.find((c) => c.codeId === codes.defunding), undefined);
  });

  it('suggests codes per paragraph in the input’s language and applies an accepted one', async () => {
    const page = (await get(admin, base)).body;
    assert.match(page, /Accept: Surveillance/);
    const response = await postForm(t, admin.jar, `${base}/codings`, { ...passageFields(kenya, kenyaText, 0), 'code-id': codes.surveillance!, source: 'suggestion-accepted' }, base);
    assert.equal(response.statusCode, 303);
    const coding = (await listCodings(database(), kenya.cipher)).find((c) => c.codeId === codes.surveillance);
    assert.equal(coding?.source, 'suggestion-accepted');
    assert.equal(coding?.anchor.kind === 'passage' && coding.anchor.text, paragraph(kenyaText, 0).text);
    assert.match((await get(admin, base)).body, /suggestion accepted by Amina Analyst/);
  });

  it('stops offering a rejected suggestion on that paragraph to anyone, says who rejected it, and offers it again on restore', async () => {
    const regional = /Accept: Regional/;
    const countsBefore = await codeCounts(database().db, call.id);
    // Reject sits beside Accept in the same form, posting elsewhere without any script.
    assert.match((await get(admin, base)).body, new RegExp(`formaction="${base}/suggestions/reject">Reject: Regional<`));
    const response = await postForm(t, admin.jar, `${base}/suggestions/reject`, { ...passageFields(kenya, kenyaText, 1), 'code-id': codes['network-regional']!, region: 'african' }, base);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `${base}?region=african&done=rejected#input-${kenya.id}`);
    const page = (await get(admin, String(response.headers.location))).body;
    assert.match(page, /The suggestion was rejected: it is no longer offered for this paragraph\./);
    assert.doesNotMatch(page, regional);
    assert.match(page, /<summary>Show 1 rejected suggestion<\/summary>/);
    assert.match(page, /Regional<\/strong> <span class="meta">rejected by Amina Analyst on [^<]*\d{4}<\/span>/);
    const seenByColleague = (await get(colleague, base)).body;
    assert.doesNotMatch(seenByColleague, regional, 'another key holder is not offered it either');
    assert.match(seenByColleague, /rejected by Amina Analyst/);
    assert.deepEqual(await codeCounts(database().db, call.id), countsBefore, 'a rejection is not a coding: the counts stay');

    const rejectionId = /name="rejection" value="([^"]+)"/.exec(seenByColleague)![1]!;
    const restored = await postForm(t, colleague.jar, `${base}/suggestions/restore`, { input: kenya.id, rejection: rejectionId }, base);
    assert.equal(restored.statusCode, 303);
    assert.equal(restored.headers.location, `${base}?done=offered#input-${kenya.id}`);
    const after = (await get(admin, String(restored.headers.location))).body;
    assert.match(after, /The suggestion is offered again\./);
    assert.match(after, regional);
    assert.doesNotMatch(after, /rejected suggestion/);
    const again = await postForm(t, colleague.jar, `${base}/suggestions/restore`, { input: kenya.id, rejection: rejectionId }, base);
    assert.equal(again.statusCode, 404);
    assert.match(again.body, /This suggestion was already offered again\./);
  });

  it('lets only those who may code reject or restore a suggestion', async () => {
    const fields = { ...passageFields(kenya, kenyaText, 1), 'code-id': codes['network-regional']! };
    for (const member of [manager, analyst, outsider]) {
      assert.equal((await postForm(t, member.jar, `${base}/suggestions/reject`, fields, '/staff/password')).statusCode, 404, member.role);
      assert.equal((await postForm(t, member.jar, `${base}/suggestions/restore`, { input: kenya.id, rejection: 'x' }, '/staff/password')).statusCode, 404, member.role);
    }
    assert.match((await get(admin, base)).body, /Accept: Regional/, 'nothing was rejected');
    // An administrator the input was never sealed to cannot say anything about it either.
    const sealedFields = { ...fields, input: sealed.id, start: '0', end: '16' };
    assert.equal((await postForm(t, admin.jar, `${base}/suggestions/reject`, sealedFields, base)).statusCode, 409);
  });

  it('codes ticked choices by themselves when their answers are listed', async () => {
    const page = await get(admin, choicesPage);
    assert.match(page.body, /Ticked: Regional/);
    assert.match(page.body, /from the ticked choices/);
    assert.equal((await codeCounts(database().db, call.id)).byCode.find((c) => c.codeId === codes['network-regional'])?.inputs, 1);
  });

  it('keeps quotes in the bank with the attribution each input’s consent allows', async () => {
    for (const [input, text] of [[kenya, kenyaText], [france, 'Nos réunions sont surveillées.'], [brazil, 'Sufrimos vigilancia constante.']] as const) {
      const response = await postForm(t, admin.jar, `${base}/quotes`, passageFields(input, text, 0), base);
      assert.equal(response.statusCode, 303);
    }
    const bank = await get(admin, `/staff/calls/${call.id}/quotes`);
    assert.equal(bank.statusCode, 200);
    assert.match(bank.body, /3 quotes\./);
    assert.match(bank.body, /Attributed to Kenya Land Network/);
    assert.match(bank.body, /Attributed to an academic institution in the Western European and other States group/);
    assert.match(bank.body, /Not quotable: the submitter did not agree to publication/);
    assert.doesNotMatch(bank.body, /Organisation \d+/, 'an anonymous or unquotable input’s name shows');

    const quoteId = /name="quote" value="([^"]+)"/.exec(bank.body)![1]!;
    const inputId = /name="input" value="([^"]+)"/.exec(bank.body)![1]!;
    const removed = await postForm(t, admin.jar, `/staff/calls/${call.id}/quotes/remove`, { input: inputId, quote: quoteId }, `/staff/calls/${call.id}/quotes`);
    assert.equal(removed.statusCode, 303);
    assert.match((await get(admin, String(removed.headers.location))).body, /2 quotes\./);
  });

  it('refuses call managers, analysts and recipients the call was not given to', async () => {
    for (const member of [manager, analyst, outsider]) {
      assert.equal((await get(member, base)).statusCode, 404, member.role);
      assert.equal((await get(member, `/staff/calls/${call.id}/quotes`)).statusCode, 404, member.role);
    }
    const posted = await postForm(t, outsider.jar, `${base}/codings`, { ...passageFields(kenya, kenyaText, 0), 'code-id': codes.defunding! }, '/staff/password');
    assert.equal(posted.statusCode, 404);
  });

  it('says in the reader’s language why a code was not applied, beside the paragraph', async () => {
    const page = await get(admin, base, '; lang=fr');
    const response = await t.app.inject({
      method: 'POST', url: `${base}/codings`,
      payload: formPayload({ ...passageFields(kenya, kenyaText, 1), 'code-id': '', _csrf: csrfTokenFrom(page.body) }),
      headers: { cookie: `${admin.jar.header()}; lang=fr`, 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Notre réseau|Our regional network meets every month\.<\/p><p class="field-error" role="alert">Choisissez un code à appliquer\./);
    const outside = await postForm(t, admin.jar, `${base}/codings`, { ...passageFields(kenya, kenyaText, 1), end: '9999', 'code-id': codes.defunding! }, base);
    assert.equal(outside.statusCode, 422);
    assert.match(outside.body, /This passage is outside the answer’s text/);
  });
});
