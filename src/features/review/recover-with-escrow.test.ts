import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { createSubmittedInput, createTestCall, tinyPdf } from '../../../test/support/factories.ts';
import { submitThroughApp } from '../../../test/support/follow-up.ts';
import { createStaffUser, signIn } from '../../../test/support/staff.ts';
import { createTestApp, testConfig, type TestApp } from '../../../test/support/test-app.ts';
import { newEscrowKeyFile, readEscrowKeyFile } from '../../platform/crypto/index.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { recoverWithEscrow } from './recover-with-escrow.ts';

describeEachEngine('recovery with the offline escrow key', (database) => {
  const escrow = newEscrowKeyFile(new Date('2026-11-01T00:00:00Z'));
  const escrowKey = readEscrowKeyFile(escrow.fileText).privateKey;
  let t: TestApp;
  let call: CallWithQuestionnaires;
  let out: string;
  before(async () => {
    t = await createTestApp(database().db, database().engine, { config: testConfig({ ESCROW_PUBLIC_KEY: escrow.publicKey }) });
    call = await createTestCall(database().db, { referenceCode: 'ESCROW' });
    out = mkdtempSync(path.join(tmpdir(), 'isp-recovery-'));
  });
  after(async () => {
    await t.app.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('opens an input sealed to the escrow key and writes it out, conversation and files included', async () => {
    const admin = await createStaffUser(database().db, { role: 'admin' });
    const { reference } = await submitThroughApp(t, call, { 'submitter.name': 'Collectif en danger' });
    const outcome = await recoverWithEscrow(database().db, escrowKey, reference, out);
    assert.equal(outcome.kind, 'recovered');
    const input = JSON.parse(readFileSync(path.join(out, reference, 'input.json'), 'utf8'));
    assert.equal(input.content.submitter.name, 'Collectif en danger');
    assert.equal(input.reference, reference);
    assert.ok(admin.id, 'the administrator, not the escrow key, is who reads it day to day');
    assert.deepEqual(await recoverWithEscrow(database().db, escrowKey, 'ESCROW-2026-9999', out), { kind: 'not-found' });
  });

  it('reaches inputs received before escrow was turned on once a holder has signed in', async () => {
    const admin = await createStaffUser(database().db, { role: 'admin' });
    const earlier = await createSubmittedInput(database().db, call, {
      name: 'Before escrow', attachment: { filename: 'témoignage.pdf', mediaType: 'application/pdf', data: tinyPdf('statement') },
    });
    assert.deepEqual(await recoverWithEscrow(database().db, escrowKey, earlier.reference, out), { kind: 'not-sealed-to-escrow' });
    await signIn(t, admin);
    const outcome = await recoverWithEscrow(database().db, escrowKey, earlier.reference, out);
    assert.equal(outcome.kind, 'recovered');
    assert.ok(outcome.kind === 'recovered' && outcome.files.some((f) => f.endsWith('1-témoignage.pdf')));
    assert.deepEqual(readFileSync(path.join(out, earlier.reference, '1-témoignage.pdf')), tinyPdf('statement'));
  });
});
