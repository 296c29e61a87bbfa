import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Question } from './call.ts';
import { choiceKeys, emptyPartForm, questionToForm, validateQuestionForm, type QuestionForm } from './question-form.ts';

function form(overrides: Partial<QuestionForm> = {}): QuestionForm {
  return {
    number: '5',
    text: { en: 'Reprisals?', fr: 'Représailles ?', es: '¿Represalias?' },
    parts: [{
      ...emptyPartForm(), kind: 'choose-many', label: { en: 'Kinds', fr: 'Types', es: 'Tipos' },
      choices: { en: 'Surveillance\nDefunding\n\n', fr: 'Surveillance\nSuppression de financements', es: '' }, allowOther: true,
    }],
    ...overrides,
  };
}

describe('validateQuestionForm', () => {
  it('builds parts with choices keyed from the English lines, aligned across languages', () => {
    const result = validateQuestionForm(form());
    assert.ok(result.ok);
    const part = result.fields.parts[0]!;
    assert.equal(part.key, 'kinds');
    assert.deepEqual(part.choices, [
      { key: 'surveillance', label: { en: 'Surveillance', fr: 'Surveillance' } },
      { key: 'defunding', label: { en: 'Defunding', fr: 'Suppression de financements' } },
    ]);
    assert.equal(part.allowOther, true);
    assert.equal(part.details, null);
  });

  it('puts each error beside the part field it concerns', () => {
    const bad = form({
      number: '',
      parts: [
        { ...form().parts[0]!, choices: { en: 'A\nB', fr: 'A', es: '' } },
        { ...emptyPartForm(), kind: 'yes-no', key: 'Bad Key', label: { en: '', fr: 'Oui ?', es: '' }, choices: { en: 'x', fr: '', es: '' } },
        { ...emptyPartForm(), kind: 'choose-one', key: 'kinds', label: { en: 'Again', fr: '', es: '' } },
      ],
    });
    const result = validateQuestionForm(bad);
    assert.ok(!result.ok);
    assert.deepEqual(Object.keys(result.errors).sort(), [
      'number', 'part-0-choices-fr', 'part-1-choices-en', 'part-1-key', 'part-1-label-en', 'part-2-choices-en', 'part-2-key',
    ]);
    assert.deepEqual(result.errors['part-0-choices-fr'], { key: 'calls-staff.error-choices-lines', values: { count: 1, expected: 2 } });
    assert.equal(result.errors['part-2-key']!.key, 'calls-staff.error-part-key-taken');
  });

  it('ignores the blank "add a part" fieldset and removed parts, but needs at least one part', () => {
    const removed = form({ parts: [{ ...form().parts[0]!, remove: true }, emptyPartForm()] });
    const result = validateQuestionForm(removed);
    assert.ok(!result.ok);
    assert.deepEqual(result.errors, { parts: { key: 'calls-staff.error-parts-none' } });
    const added = validateQuestionForm(form({ parts: [...form().parts, emptyPartForm()] }));
    assert.ok(added.ok && added.fields.parts.length === 1);
  });

  it('round-trips a stored question through the form unchanged', () => {
    const question: Question = {
      id: 'q', questionnaireId: 'qn', position: 0, number: '3', text: { en: 'Platforms?', fr: 'Plateformes ?', es: '¿Plataformas?' },
      parts: [
        { key: 'platforms', kind: 'long-text', label: { en: 'Platforms', fr: 'Plateformes', es: 'Plataformas' }, required: true, choices: [], allowOther: false, details: null },
        { key: 'limited', kind: 'yes-no', label: { en: 'Limited?', fr: 'Limité ?', es: '¿Limitado?' }, required: false, choices: [], allowOther: false, details: { en: 'How?', fr: 'Comment ?', es: '¿Cómo?' } },
        { key: 'kinds', kind: 'choose-one', label: { en: 'Kind', fr: 'Type', es: 'Tipo' }, required: false, allowOther: true, details: null,
          choices: [{ key: 'cross-border-local', label: { en: 'Local', fr: 'Local', es: 'Local' } }, { key: 'x', label: { en: 'Other net', fr: 'Autre', es: 'Otra' } }] },
      ],
    };
    const result = validateQuestionForm(questionToForm(question), question);
    assert.ok(result.ok);
    assert.deepEqual(result.fields, { number: question.number, text: question.text, parts: question.parts });
  });
});

describe('choiceKeys', () => {
  const previous = [
    { key: 'surveillance', label: { en: 'Surveillance' } },
    { key: 'defunding', label: { en: 'Defunding' } },
    { key: 'attack', label: { en: 'Attack' } },
  ];

  it('keeps the keys of unchanged and reordered choices', () => {
    assert.deepEqual(choiceKeys(['Attack', 'Surveillance', 'Defunding'], previous), ['attack', 'surveillance', 'defunding']);
  });

  it('keeps the key of a choice whose wording was corrected in place', () => {
    assert.deepEqual(choiceKeys(['Surveillance', 'Loss of funding', 'Attack'], previous), ['surveillance', 'defunding', 'attack']);
  });

  it('gives a new choice a fresh key, never one a removed choice had', () => {
    assert.deepEqual(choiceKeys(['Surveillance', 'Attack', 'Defunding', 'Closure'], previous), ['surveillance', 'attack', 'defunding', 'closure']);
    assert.deepEqual(choiceKeys(['Surveillance', 'Attack'], previous.slice(0, 1).concat(previous.slice(2))), ['surveillance', 'attack']);
    assert.deepEqual(choiceKeys(['Surveillance'], [{ key: 'surveillance', label: { en: 'Old' } }, { key: 'x', label: { en: 'Y' } }]), ['surveillance']);
    assert.deepEqual(choiceKeys(['Defunding', 'New'], [{ key: 'defunding', label: { en: 'Defunding' } }, { key: 'new', label: { en: 'Gone' } }]), ['defunding', 'new']);
    assert.deepEqual(choiceKeys(['Défense des réfugiés', 'Défense des réfugiés!'], []), ['defense-des-refugies', 'defense-des-refugies-2']);
  });
});
