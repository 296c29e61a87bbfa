import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { challengeLifetimeMinutes } from './challenge.ts';
import { createProofOfWork, type ProofOfWorkSettings } from './proof-of-work.ts';
import { solveChallenge } from './solution.ts';

const settings: ProofOfWorkSettings = { siteSecret: 'a-site-secret-of-at-least-32-characters', difficultyBits: 8, waitMs: 3000 };
const issuedAt = new Date('2026-11-23T10:00:00Z');
const after = (ms: number) => new Date(issuedAt.getTime() + ms);

describeEachEngine('proof of work', (database) => {
  it('handles a solved challenge at once, and only once: a replay pays the whole wait', async () => {
    const pow = createProofOfWork(database().db, settings);
    const challenge = pow.issue(issuedAt);
    const sent = { challenge, solution: solveChallenge(challenge, settings.difficultyBits) };
    assert.deepEqual(await pow.check(sent, after(500)), { verdict: 'solved', waitMs: 0 });
    assert.deepEqual(await pow.check(sent, after(60_000)), { verdict: 'spent', waitMs: 3000 });
  });

  it('spends a challenge for every instance sharing the database', async () => {
    const one = createProofOfWork(database().db, settings);
    const two = createProofOfWork(database().db, settings);
    const challenge = one.issue(issuedAt);
    const sent = { challenge, solution: solveChallenge(challenge, settings.difficultyBits) };
    const verdicts = await Promise.all([one.check(sent, after(10)), two.check(sent, after(10)), two.check(sent, after(10))]);
    assert.deepEqual(verdicts.map((v) => v.verdict).sort(), ['solved', 'spent', 'spent']);
  });

  it('makes a request without a solution wait until its form is `waitMs` old, then spends the challenge too', async () => {
    const pow = createProofOfWork(database().db, settings);
    assert.deepEqual(await pow.check({ challenge: pow.issue(issuedAt), solution: '' }, after(0)), { verdict: 'unsolved', waitMs: 3000 });
    assert.deepEqual(await pow.check({ challenge: pow.issue(issuedAt), solution: '12' }, after(1200)), { verdict: 'unsolved', waitMs: 1800 });
    const read = pow.issue(issuedAt);
    assert.deepEqual(await pow.check({ challenge: read, solution: '' }, after(5 * 60_000)), { verdict: 'unsolved', waitMs: 0 });
    // Waiting once does not make the challenge free from then on.
    assert.deepEqual(await pow.check({ challenge: read, solution: '' }, after(6 * 60_000)), { verdict: 'spent', waitMs: 3000 });
  });

  it('makes a missing, tampered or expired challenge pay the whole wait', async () => {
    const pow = createProofOfWork(database().db, settings);
    assert.deepEqual(await pow.check({ challenge: '', solution: '' }, after(0)), { verdict: 'missing', waitMs: 3000 });
    const challenge = pow.issue(issuedAt);
    const solution = solveChallenge(challenge, settings.difficultyBits);
    const tampered = challenge.replace(/\.8\./, '.1.');
    assert.deepEqual(await pow.check({ challenge: tampered, solution }, after(0)), { verdict: 'tampered', waitMs: 3000 });
    assert.deepEqual(await pow.check({ challenge, solution }, after(challengeLifetimeMinutes * 60_000)), { verdict: 'expired', waitMs: 3000 });
  });

  it('keeps spent challenges, with their expiry rounded up to the hour, until they have expired', async () => {
    const { db } = database();
    const pow = createProofOfWork(db, settings);
    const challenge = pow.issue(after(17 * 60_000));
    await pow.check({ challenge, solution: '' }, after(18 * 60_000));
    const id = challenge.split('.')[1]!;
    const row = await db.selectFrom('spent_challenges').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.expires_at, '2026-11-23T13:00:00.000Z', 'issued 10:17, lives 2 hours, kept until the next full hour');

    // Another instance, started after the challenge expired, sweeps it on its first check.
    const later = createProofOfWork(db, settings);
    await later.check({ challenge: later.issue(new Date('2026-11-23T13:00:00Z')), solution: '' }, new Date('2026-11-23T13:00:01Z'));
    assert.equal(await db.selectFrom('spent_challenges').select('id').where('id', '=', id).executeTakeFirst(), undefined);
  });
});
