import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../../../i18n/translator.ts';
import type { Questionnaire } from '../../calls/index.ts';
import { hasRedactions, localiseRedactions, redactionMarker } from './apply-redactions.ts';
import { hasRedactedTexts, knownNamesOf, publishedFields, redactPublishedTexts } from './published-fields.ts';

const questionnaire = {
  id: 'qn', callId: 'c', position: 0, stakeholderTypes: ['civil-society'], title: { en: 'Q' }, intro: { en: '' },
  questions: [
    { id: 'q1', questionnaireId: 'qn', position: 0, number: '1', text: { en: 'What happened?' }, parts: [
      { key: 'main', kind: 'long-text', label: { en: 'Answer' }, required: true, choices: [], allowOther: false, details: null },
    ] },
    { id: 'q2', questionnaireId: 'qn', position: 1, number: '2', text: { en: 'Reprisals', fr: 'Représailles' }, parts: [
      { key: 'laws', kind: 'long-text', label: { en: 'Laws' }, required: false, choices: [], allowOther: false, details: null },
      { key: 'kinds', kind: 'choose-many', label: { en: 'Kinds' }, required: false, choices: [], allowOther: true, details: { en: 'Describe' } },
    ] },
  ],
} as unknown as Questionnaire;

const content = {
  questionnaireId: 'qn',
  answers: {
    'gone:old': { text: 'An answer to a question since removed, naming Maria Lopez.' },
    'q2:kinds': { choices: ['arrest'], other: 'Threats to Maria Lopez', details: 'By phone' },
    'q2:laws': { text: '  ' },
    'q1:main': { text: 'Maria Lopez was detained.' },
  },
  coSigners: ['Network A', 'Maria Lopez (individual)'],
  attachments: [],
};

describe('the published texts of an input', () => {
  it('lists every non-empty published text with its question, in questionnaire order, even answers no question shows', () => {
    const fields = publishedFields(content, questionnaire, translator('en'), 'es');
    assert.deepEqual(fields.map((f) => [f.key, f.label]), [
      ['q1:main/text', '1. What happened?'],
      ['q2:kinds/other', '2. Reprisals — Kinds (other answer)'],
      ['q2:kinds/details', '2. Reprisals — Kinds (details)'],
      ['gone:old/text', 'gone:old'],
      ['co-signers', 'Co-signers'],
    ]);
    assert.ok(fields.every((f) => f.lang === 'es'));
    assert.equal(publishedFields(content, questionnaire, translator('fr'))[1]!.label, '2. Représailles — Kinds (autre réponse)');
  });

  it('puts redacted texts back where they came from, co-signers included, and neutralises every other text', () => {
    const forged = { ...content, answers: { ...content.answers, 'q1:main': { text: `Maria Lopez ${redactionMarker('other')}` } } };
    const hide = { passage: 'Maria Lopez', reason: 'third-party' as const };
    const redacted = redactPublishedTexts(forged, { ranges: { 'q2:kinds/details': [{ start: 3, end: 8, reason: 'other' }] }, passages: [hide] });
    const read = (text: string | undefined) => localiseRedactions(text ?? '', (reason) => `[${reason}]`);
    assert.equal(read(redacted.answers['q1:main']!.text), '[third-party] \uFFFDother\uFFFD', 'the forged mark is neutralised');
    assert.equal(read(redacted.answers['q2:kinds']!.other), 'Threats to [third-party]');
    assert.equal(read(redacted.answers['q2:kinds']!.details), 'By [other]');
    assert.deepEqual(redacted.answers['q2:kinds']!.choices, ['arrest']);
    assert.equal(redacted.answers['q2:laws']!.text, '  ');
    assert.equal(read(redacted.answers['gone:old']!.text), 'An answer to a question since removed, naming [third-party].');
    assert.deepEqual(redacted.coSigners.map(read), ['Network A', '[third-party] (individual)']);
    assert.equal(content.answers['q1:main'].text, 'Maria Lopez was detained.', 'the original content is left alone');
    assert.ok(hasRedactedTexts(redacted));
    assert.ok(!hasRedactedTexts(content));
    assert.ok(!hasRedactions(redactPublishedTexts(forged, { ranges: {}, passages: [] }).answers['q1:main']!.text!));
  });

  it('knows the names an input gives: an individual’s, co-signers, and an organisation’s when published anonymously', () => {
    const submitter = { kind: 'organisation' as const, name: 'Red Solidaria', coSigners: 'Ana Pérez\n\n Colectivo X ' };
    assert.deepEqual(knownNamesOf(submitter, 'named'), ['Ana Pérez', 'Colectivo X']);
    assert.deepEqual(knownNamesOf(submitter, 'anonymous'), ['Red Solidaria', 'Ana Pérez', 'Colectivo X']);
    assert.deepEqual(knownNamesOf({ ...submitter, kind: 'individual', name: 'Luis Quispe' }, 'named'), ['Luis Quispe', 'Ana Pérez', 'Colectivo X']);
  });
});
