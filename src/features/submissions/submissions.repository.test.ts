import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createTestCall, tinyPdf } from '../../../test/support/factories.ts';
import { DecryptionFailedError, generateX25519KeyPair } from '../../platform/crypto/index.ts';
import { hashToken, newId, newToken } from '../../platform/tokens.ts';
import { InputCipher, openStoredInput, readInputFile, sealAcceptedFile } from './input-cipher.ts';
import { cipherFromDraftLink, cipherFromHolderBox, cipherFromReceipt, draftKeyBox, receiptKeyBox, sealForHolders } from './input-keys.ts';
import { emptyContent } from './submission.ts';
import {
  deleteAttachments, findKeyBoxes, findStoredFile, findStoredInputByTokenHash, findSubmittedStoredInput, insertAttachment, insertDraft,
  insertKeyBoxes, listSubmissionCountries, markSubmitted, replaceSubmissionCountries, updateDraft,
} from './submissions.repository.ts';

describeEachEngine('the submissions repository', (database) => {
  async function draft() {
    const db = database().db;
    const call = await createTestCall(db);
    const id = newId();
    const token = newToken();
    const cipher = InputCipher.fresh(id);
    const content = emptyContent();
    content.submitter.name = 'Défenseurs « Sud »';
    content.answers['q:part'] = { text: 'Réponse\nsur deux lignes', choices: ['a'] };
    await insertDraft(db, {
      id, callId: call.id, questionnaireId: call.questionnaires[0]!.id, stakeholderType: 'civil-society',
      accessTokenHash: hashToken(token), language: 'fr', consent: null, sealedContent: cipher.sealContent(content),
      draftKeyBox: draftKeyBox(cipher, token), day: '2026-11-23',
    });
    return { db, call, id, token, content, cipher };
  }

  it('stores a draft sealed, under the hash of its token only, and the link alone opens it whole', async () => {
    const { db, id, token, content } = await draft();
    const stored = await findStoredInputByTokenHash(db, hashToken(token));
    assert.ok(stored?.draftKeyBox);
    assert.equal(stored.id, id);
    assert.equal(stored.status, 'draft');
    assert.equal(stored.language, 'fr');
    assert.equal(stored.late, false);
    assert.equal(stored.createdOn, '2026-11-23');
    assert.ok(!stored.sealedContent.toString('utf8').includes('Sud'), 'the content is not stored in clear');
    const opened = openStoredInput(stored, cipherFromDraftLink(id, stored.draftKeyBox, token));
    assert.deepEqual(opened.content, content);
    assert.deepEqual(opened.attachments, []);
    assert.throws(() => cipherFromDraftLink(id, stored.draftKeyBox!, newToken()), DecryptionFailedError);
    assert.equal(await findStoredInputByTokenHash(db, token), undefined, 'the token itself is not stored');
  });

  it('updates a draft but never a submitted input; submitting drops the link key and keeps the receipt one', async () => {
    const { db, id, token, content, cipher } = await draft();
    const changed = { ...content, processingConsent: true };
    assert.equal(await updateDraft(db, id, { language: 'en', consent: 'do-not-publish', sealedContent: cipher.sealContent(changed), day: '2026-11-24' }), true);
    const stored = await findStoredInputByTokenHash(db, hashToken(token));
    assert.equal(stored?.consent, 'do-not-publish');
    assert.equal(stored?.updatedOn, '2026-11-24');
    assert.equal(cipher.openContent(stored!.sealedContent).processingConsent, true);

    const receiptKey = Buffer.alloc(32, 7);
    const submitted = { language: 'en', consent: 'public-anonymous' as const, late: true, day: '2026-11-25', receiptKeyBox: receiptKeyBox(cipher, receiptKey) };
    await db.transaction().execute(async (trx) => {
      assert.equal(await markSubmitted(trx, id, { ...submitted, reference: `R-${id}`, receiptCodeHash: `h1-${id}` }), true);
      assert.equal(await markSubmitted(trx, id, { ...submitted, reference: `S-${id}`, receiptCodeHash: `h2-${id}` }), false);
    });
    assert.equal(await updateDraft(db, id, { language: 'fr', consent: null, sealedContent: cipher.sealContent(content), day: '2026-11-26' }), false);
    const after = await findSubmittedStoredInput(db, id);
    assert.ok(after);
    assert.equal(after.reference, `R-${id}`);
    assert.equal(after.late, true);
    assert.equal(after.submittedOn, '2026-11-25');
    assert.equal(after.draftKeyBox, null, 'the draft link opens nothing any more');
    assert.deepEqual(cipherFromReceipt(id, after.receiptKeyBox!, receiptKey).openContent(after.sealedContent), changed);
  });

  it('seals the content key to each holder, once per holder', async () => {
    const { db, id, cipher, content } = await draft();
    const [alice, bob] = [generateX25519KeyPair(), generateX25519KeyPair()];
    await insertKeyBoxes(db, id, sealForHolders(cipher, [{ holder: 'alice', publicKey: alice.publicKey }, { holder: 'bob', publicKey: bob.publicKey }]));
    await insertKeyBoxes(db, id, sealForHolders(cipher, [{ holder: 'alice', publicKey: bob.publicKey }]));
    const boxes = await findKeyBoxes(db, 'alice', [id]);
    const opened = cipherFromHolderBox(id, boxes.get(id)!, alice.privateKey);
    const stored = await db.selectFrom('submissions').select('sealed_content').where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(opened.openContent(stored.sealed_content!), content);
    assert.throws(() => cipherFromHolderBox(id, boxes.get(id)!, bob.privateKey), DecryptionFailedError, 'the second insert did not replace alice’s box');
    assert.equal((await findKeyBoxes(db, 'carol', [id])).size, 0);
  });

  it('keeps attachments sealed, reachable only through their own input and its key', async () => {
    const { db, id, cipher } = await draft();
    const other = await draft();
    const data = tinyPdf('evidence');
    const sealed = sealAcceptedFile(cipher, { partRef: 'q:file', filename: 'evidence é.pdf', mediaType: 'application/pdf', data }, '2026-11-23');
    await insertAttachment(db, sealed);
    const raw = await findStoredFile(db, id, sealed.id);
    assert.ok(raw);
    assert.ok(!raw.sealedData.includes(data.subarray(0, 40)), 'the bytes are not stored in clear');
    const file = await readInputFile(db, cipher, sealed.id);
    assert.deepEqual(file, { filename: 'evidence é.pdf', mediaType: 'application/pdf', data });
    assert.equal(await readInputFile(db, other.cipher, sealed.id), undefined, 'another input does not reach it');
    assert.throws(() => InputCipher.withKey(id, other.cipher.contentKey).openFile(sealed.id, raw.sealedData), DecryptionFailedError);

    await deleteAttachments(db, other.id, [sealed.id]);
    assert.ok(await findStoredFile(db, id, sealed.id), 'another input cannot delete it');
    await deleteAttachments(db, id, [sealed.id]);
    assert.equal(await findStoredFile(db, id, sealed.id), undefined);
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
