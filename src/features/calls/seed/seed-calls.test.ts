import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../../../test/support/engines.ts';
import { partsSchema } from '../call.ts';
import { findCallBySlug, listCalls, loadQuestionnaires } from '../calls.repository.ts';
import { seedCalls, seedContent } from './seed-calls.ts';

const now = new Date('2026-11-23T10:00:00Z');

it('seeds only questions whose parts satisfy the parts schema, with unique lowercase-hyphen keys', () => {
  for (const seed of seedContent(now)) {
    for (const questionnaire of seed.questionnaires) {
      for (const question of questionnaire.questions) {
        const parsed = partsSchema.safeParse(question.parts);
        assert.ok(parsed.success, `${seed.call.slug} question ${question.number}: ${parsed.error?.message}`);
        const keys = question.parts.map((p) => p.key);
        assert.equal(new Set(keys).size, keys.length);
        for (const part of question.parts) {
          const choiceKeys = part.choices.map((c) => c.key);
          assert.equal(new Set(choiceKeys).size, choiceKeys.length);
          for (const text of [question.text, part.label, ...part.choices.map((c) => c.label)]) {
            assert.deepEqual(Object.keys(text).sort(), ['en', 'es', 'fr']);
            assert.ok(text.en && text.fr && text.es, `missing translation in ${seed.call.slug} ${question.number}`);
          }
          // Single words such as "Surveillance" are the same in French; whole questions never are.
          assert.ok(question.text.fr !== question.text.en && question.text.es !== question.text.en);
        }
      }
    }
  }
});

describeEachEngine('seedCalls', (database) => {
  it('creates the HRC56 call and the demonstration call on an empty database', async () => {
    assert.deepEqual(await seedCalls(database().db, now), { created: 2 });
    const calls = await listCalls(database().db);
    assert.deepEqual(calls.map((c) => c.slug).sort(), ['demo-call-for-inputs', 'hrc56-civil-society-solidarity']);
  });

  it('does nothing when calls already exist', async () => {
    assert.deepEqual(await seedCalls(database().db, new Date('2027-01-01T00:00:00Z')), { created: 0 });
    assert.equal((await listCalls(database().db)).length, 2);
  });

  it('stores HRC56 as published: closed, ten questions, deadline at 23:59 Geneva time on 15 February 2024', async () => {
    const call = await loadQuestionnaires(database().db, (await findCallBySlug(database().db, 'hrc56-civil-society-solidarity'))!);
    assert.equal(call.referenceCode, 'HRC56');
    assert.equal(call.status, 'closed');
    assert.equal(call.latePolicy, 'refuse');
    assert.equal(call.deadlineAt, '2024-02-15T22:59:00Z');
    assert.equal(call.timeZone, 'Europe/Zurich');
    assert.equal(call.contactEmail, 'hrc-ie-solidarity@un.org');
    assert.equal(call.emailSubject, 'Submission to 56th HRC report – Civil society and international solidarity');
    assert.deepEqual(call.languages, ['en', 'fr', 'es']);
    assert.equal(call.mandate.en, 'Independent Expert on human rights and international solidarity');
    assert.match(call.body.en!, /^The Independent Expert on human rights and international solidarity, Ms\. Cecilia M\. Bailliet/);
    assert.equal(call.questionnaires.length, 2);
    const [civil, states] = call.questionnaires;
    assert.deepEqual(civil!.stakeholderTypes, ['civil-society', 'academia', 'individual', 'nhri']);
    assert.deepEqual(states!.stakeholderTypes, ['state', 'intergovernmental']);
    assert.deepEqual(civil!.questions.map((q) => q.number), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    assert.match(civil!.questions[0]!.text.en!, /^Has your organization expressed international solidarity issues/);

    const q1 = civil!.questions[0]!.parts[0]!;
    assert.equal(q1.kind, 'choose-many');
    assert.deepEqual(q1.choices.map((c) => c.key), ['cross-border-local', 'transnational', 'international', 'regional']);
    assert.ok(q1.allowOther && q1.details);

    const q5 = civil!.questions[4]!;
    assert.deepEqual(q5.parts.map((p) => [p.key, p.kind]), [
      ['restrictions', 'long-text'], ['reprisals-experienced', 'yes-no'], ['reprisal-kinds', 'choose-many'],
    ]);
    assert.deepEqual(q5.parts[2]!.choices.map((c) => c.key), [
      'surveillance', 'defunding', 'intimidation', 'reprisal', 'closure', 'prosecution', 'punishment', 'travel-restriction', 'attack',
    ]);
    assert.ok(q5.parts[2]!.allowOther);

    const q7 = civil!.questions[6]!;
    assert.equal(q7.parts[1]!.choices.length, 10);
    assert.equal(civil!.questions[2]!.parts[1]!.kind, 'yes-no');
    assert.equal(civil!.questions[5]!.parts[0]!.kind, 'yes-no');
    assert.ok(civil!.questions[9]!.parts[0]!.required);
  });

  it('opens the demonstration call for 120 days from the first start, accepting late inputs', async () => {
    const call = await loadQuestionnaires(database().db, (await findCallBySlug(database().db, 'demo-call-for-inputs'))!);
    assert.equal(call.status, 'open');
    assert.equal(call.latePolicy, 'accept');
    assert.equal(call.referenceCode, 'DEMO');
    const days = (Date.parse(call.deadlineAt) - now.getTime()) / (24 * 3600_000);
    assert.ok(days > 119.9 && days < 121, `deadline ${call.deadlineAt} is ${days} days away`);
    const kinds = call.questionnaires[0]!.questions.flatMap((q) => q.parts.map((p) => p.kind));
    for (const kind of ['choose-many', 'country-list', 'yes-no', 'long-text', 'file'] as const) assert.ok(kinds.includes(kind), kind);
    assert.ok(call.questionnaires[0]!.questions.find((q) => q.parts.some((p) => p.details && p.kind === 'yes-no')));
    assert.ok(call.questionnaires[1]!.stakeholderTypes.includes('state'));
    assert.ok(call.questionnaires[1]!.questions.length >= 2 && call.questionnaires[1]!.questions.length <= 3);
  });
});
