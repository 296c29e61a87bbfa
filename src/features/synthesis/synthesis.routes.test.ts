import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import mammoth from 'mammoth';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { signedInStaff, type TestStaff } from '../../../test/support/staff.ts';
import { createTestApp, testConfig, type CookieJar, type TestApp } from '../../../test/support/test-app.ts';
import { readZipArchive } from '../../platform/documents/index.ts';
import { analysisFixture, openedInput, type AnalysisFixture } from '../analysis/analysis-test-setup.ts';
import { applyCode, markQuote } from '../analysis/index.ts';
import { savePublication } from '../publications/index.ts';

describeEachEngine('the synthesis report (Word)', (database) => {
  let t: TestApp;
  let fixture: AnalysisFixture;
  let admin: TestStaff & { jar: CookieJar };
  let html: string;
  let docx: Buffer;

  before(async () => {
    const { db, engine } = database();
    t = await createTestApp(db, engine, { config: testConfig() });
    admin = await signedInStaff(t, db, { role: 'admin' });
    fixture = await analysisFixture(db);
    const ref = { partRef: fixture.textRef, field: 'text' as const };
    const named = await openedInput(fixture, 'Our office was under surveillance for months.', { countries: ['PE'], language: 'es', name: 'Red Andina', consent: 'public-named' });
    const anonymous = await openedInput(fixture, 'Our funding cut came after the report.', { countries: ['KE'], consent: 'public-anonymous' });
    const secret = await openedInput(fixture, 'Our secret shelter was raided by the police.', { countries: ['FR'], consent: 'do-not-publish' });
    await applyCode(fixture.deps, named, fixture.staffId, { codeId: fixture.codes.surveillance!, ...ref, start: 27, end: 38 });
    await applyCode(fixture.deps, anonymous, fixture.staffId, { codeId: fixture.codes.defunding!, ...ref, start: 4, end: 15 });
    for (const opened of [named, anonymous, secret]) await markQuote(fixture.deps, opened, fixture.staffId, { ...ref, start: 0, end: opened.input.content.answers[fixture.textRef]!.text!.length });
    await db.transaction().execute((trx) => savePublication(trx, {
      submissionId: named.input.id, callId: fixture.call.id, reference: named.input.reference!, stakeholderType: 'civil-society',
      displayName: 'Red Andina', countries: ['PE'], language: 'es', publishedOn: '2026-11-23',
      content: { questionnaireId: named.input.questionnaireId, answers: {}, coSigners: [], attachments: [] },
    }));
    const response = await t.app.inject({ url: `/staff/calls/${fixture.call.id}/synthesis.docx`, headers: { cookie: admin.jar.header() } });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    assert.equal(response.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="synthesis-TST\d+-\d{4}-\d{2}-\d{2}\.docx"$/);
    docx = response.rawPayload;
    html = (await mammoth.convertToHtml({ buffer: docx })).value;
  });
  after(() => t.app.close());

  it('opens in Word’s format with the overview, figures and charts', async () => {
    assert.match(html, /<h1>Overview<\/h1>/);
    assert.match(html, /3 inputs submitted/);
    assert.match(html, /<h2>Inputs by UN regional group<\/h2>/);
    assert.match(html, /<td><p>African Group<\/p><\/td><td><p>1<\/p><\/td>/);
    assert.match(html, /<td><p>Surveillance<\/p><\/td><td><p>1<\/p><\/td>/);
    const archive = await readZipArchive(docx);
    assert.ok(archive.ok);
    const media = archive.entries.map((entry) => entry.name).filter((name) => name.startsWith('word/media/'));
    assert.ok(media.some((name) => name.endsWith('.svg')) && media.some((name) => name.endsWith('.png')), `charts as SVG with PNG fallbacks: ${media.join(', ')}`);
  });

  it('has a section per question with codes and the quotes consent allows, attributed as it allows', () => {
    const q2 = fixture.call.questionnaires[0]!.questions[1]!;
    assert.match(html, new RegExp(`<h2>Question 2\\. ${q2.text.en!.replace(/[?]/g, '\\?')}</h2>`));
    assert.match(html, /Answered by 3 of 3 inputs read\./);
    assert.match(html, /“Our office was under surveillance for months\.”/);
    assert.match(html, /— Red Andina/);
    assert.match(html, /— Civil society organisations and other stakeholders \(African Group\)/);
    assert.doesNotMatch(html, /secret shelter/, 'a do-not-publish input is never quoted');
  });

  it('ends with the published inputs by stakeholder type, and is in the audit log', async () => {
    assert.match(html, /<h1>Annex: published inputs<\/h1>/);
    assert.match(html, /TST\d+-2026-\d{4} — Red Andina \(Peru\)/);
    const audit = await database().db.selectFrom('audit_events').select('action').where('action', '=', 'synthesis-exported').execute();
    assert.equal(audit.length, 1);
  });
});
