import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall, tinyPdf } from '../../../test/support/factories.ts';
import { hashToken, newId, newToken } from '../../platform/tokens.ts';
import { emptyContent } from './submission.ts';
import {
  deleteAttachments, findAttachmentFile, findSubmissionByTokenHash, insertAttachment, insertDraft, listSubmissionCountries,
  markSubmitted, replaceSubmissionCountries, updateDraft,
} from './submissions.repository.ts';

describeEachEngine('the submissions repository', (database) => {
  async function draft() {
    const db = database().db;
    const call = await createTestCall(db);
    const id = newId();
    const token = newToken();
    const content = emptyContent();
    content.submitter.name = 'Défenseurs « Sud »';
    content.answers['q:part'] = { text: 'Réponse\nsur deux lignes', choices: ['a'] };
    await insertDraft(db, {
      id, callId: call.id, questionnaireId: call.questionnaires[0]!.id, stakeholderType: 'civil-society',
      accessTokenHash: hashToken(token), language: 'fr', consent: null, content, day: '2026-11-23',
    });
    return { db, call, id, token, content };
  }

  it('stores a draft under the hash of its token only, and reads it back whole', async () => {
    const { db, id, token, content } = await draft();
    const stored = await findSubmissionByTokenHash(db, hashToken(token));
    assert.ok(stored);
    assert.equal(stored.id, id);
    assert.equal(stored.status, 'draft');
    assert.equal(stored.language, 'fr');
    assert.equal(stored.consent, null);
    assert.equal(stored.late, false);
    assert.deepEqual(stored.content, content);
    assert.equal(stored.createdOn, '2026-11-23');
    assert.deepEqual(stored.attachments, []);
    assert.equal(await findSubmissionByTokenHash(db, token), undefined, 'the token itself is not stored');
    const raw = await db.selectFrom('submissions').select('access_token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    assert.notEqual(raw.access_token_hash, token);
  });

  it('updates a draft but never a submitted input', async () => {
    const { db, id, token, content } = await draft();
    const changed = { ...content, processingConsent: true };
    assert.equal(await updateDraft(db, id, { language: 'en', consent: 'do-not-publish', content: changed, day: '2026-11-24' }), true);
    const stored = await findSubmissionByTokenHash(db, hashToken(token));
    assert.equal(stored?.consent, 'do-not-publish');
    assert.equal(stored?.updatedOn, '2026-11-24');
    assert.equal(stored?.content.processingConsent, true);

    await db.transaction().execute(async (trx) => {
      assert.equal(await markSubmitted(trx, id, { reference: `R-${id}`, language: 'en', consent: 'public-anonymous', late: true, content: changed, day: '2026-11-25', receiptCodeHash: `h1-${id}` }), true);
      assert.equal(await markSubmitted(trx, id, { reference: `S-${id}`, language: 'en', consent: 'public-anonymous', late: true, content: changed, day: '2026-11-25', receiptCodeHash: `h2-${id}` }), false);
    });
    assert.equal(await updateDraft(db, id, { language: 'fr', consent: null, content, day: '2026-11-26' }), false);
    const submitted = await findSubmissionByTokenHash(db, hashToken(token));
    assert.equal(submitted?.status, 'submitted');
    assert.equal(submitted?.reference, `R-${id}`);
    assert.equal(submitted?.late, true);
    assert.equal(submitted?.submittedOn, '2026-11-25');
    assert.equal(submitted?.consent, 'public-anonymous');
  });

  it('keeps attachments with their bytes, reachable only through their own input', async () => {
    const { db, id, token } = await draft();
    const other = await draft();
    const data = tinyPdf('evidence');
    const attachmentId = newId();
    await insertAttachment(db, {
      id: attachmentId, submissionId: id, partRef: 'q:file', filename: 'evidence.pdf', mediaType: 'application/pdf',
      sha256: 'a'.repeat(64), data, day: '2026-11-23',
    });
    const stored = await findSubmissionByTokenHash(db, hashToken(token));
    assert.deepEqual(stored?.attachments, [{ id: attachmentId, partRef: 'q:file', filename: 'evidence.pdf', mediaType: 'application/pdf', sizeBytes: data.length }]);
    const file = await findAttachmentFile(db, id, attachmentId);
    assert.ok(file && Buffer.isBuffer(file.data));
    assert.deepEqual(file.data, data);
    assert.equal(await findAttachmentFile(db, other.id, attachmentId), undefined);

    await deleteAttachments(db, other.id, [attachmentId]);
    assert.ok(await findAttachmentFile(db, id, attachmentId), 'another input cannot delete it');
    await deleteAttachments(db, id, [attachmentId]);
    assert.equal(await findAttachmentFile(db, id, attachmentId), undefined);
  });

  it('replaces the countries of an input, without duplicates', async () => {
    const { db, id } = await draft();
    await db.transaction().execute((trx) => replaceSubmissionCountries(trx, id, ['KE', 'CL', 'KE']));
    assert.deepEqual(await listSubmissionCountries(db, id), ['CL', 'KE']);
    await db.transaction().execute((trx) => replaceSubmissionCountries(trx, id, ['NI']));
    assert.deepEqual(await listSubmissionCountries(db, id), ['NI']);
    await db.transaction().execute((trx) => replaceSubmissionCountries(trx, id, []));
    assert.deepEqual(await listSubmissionCountries(db, id), []);
  });
});
