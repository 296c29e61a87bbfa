import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { encryptedPdf, realisticDocx } from '../../../test/support/documents.ts';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall, tinyPdf } from '../../../test/support/factories.ts';
import { completeAnswer, partFields, SubmitterClient } from '../../../test/support/submitter.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';

describeEachEngine('uploads that could hurt, through the answer form', (database) => {
  let t: TestApp;
  let call: CallWithQuestionnaires;
  before(async () => {
    t = await createTestApp(database().db, database().engine);
    call = await createTestCall(database().db, { referenceCode: 'UPL' });
  });
  after(() => t.app.close());

  const formUrl = () => `/calls/${call.slug}/answer/civil-society`;

  it('refuses an encrypted PDF and a zip bomb beside their fields, keeping the text and the good file', async () => {
    const client = new SubmitterClient(t.app);
    await client.get(formUrl());
    const p = partFields(call);
    const bomb = await realisticDocx({ extra: { 'word/padding.xml': Buffer.alloc(3 * 1024 * 1024) } });
    const response = await client.post(formUrl(), completeAnswer(call, { [`${p.answer}.text`]: 'Réponse à ne pas perdre' }), [
      { field: 'attachments', filename: 'locked.pdf', data: encryptedPdf(), type: 'application/pdf' },
      { field: `${p.evidence}.files`, filename: 'report.docx', data: bomb },
      { field: 'attachments', filename: 'good.pdf', data: tinyPdf('good'), type: 'application/pdf' },
    ]);
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="f-attachments-error">“locked\.pdf” was not added: it is protected by a password\. Please send it without a password\./);
    assert.match(response.body, /“report\.docx” was not added: it expands to far more than its size/);
    assert.match(response.body, /Réponse à ne pas perdre<\/textarea>/);
    assert.match(response.body, /good\.pdf \(\d+ KB\)/, 'the valid file is kept');
    assert.doesNotMatch(response.body, /locked\.pdf \(\d+ KB\)|report\.docx \(\d+ KB\)/);
  });

  it('words the refusal in the submitter’s language', async () => {
    const client = new SubmitterClient(t.app);
    await client.get(`/lang/fr?next=${encodeURIComponent(formUrl())}`);
    await client.get(formUrl());
    const response = await client.post(formUrl(), completeAnswer(call), [
      { field: 'attachments', filename: 'verrouillé.pdf', data: encryptedPdf(), type: 'application/pdf' },
    ]);
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /« verrouillé\.pdf » n’a pas été ajouté : il est protégé par un mot de passe/);
  });
});
