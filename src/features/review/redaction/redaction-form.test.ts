import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localiseRedactions } from './apply-redactions.ts';
import { redactFields } from './published-fields.ts';
import { initialRedactionChoice, readRedactionForm, redactionFields } from './redaction-form.ts';
import type { RedactableField } from './redaction.ts';
import { suggestFieldRedactions } from './suggest-redactions.ts';

const fields: RedactableField[] = [
  { key: 'q1:main/text', label: '1. What happened?', text: 'Ms Maria Lopez was threatened. Write to maria@example.org.' },
  { key: 'q2:main/text', label: '2. Anything else?', text: 'Her village, San Isidro, was raided twice.' },
];
const suggestions = suggestFieldRedactions(fields, { languages: ['en'] });
const [name, email] = suggestions;
const published = (plan: ReturnType<typeof readRedactionForm>['plan']) => Object.values(redactFields(fields, plan)).map((text) => localiseRedactions(text, (r) => `[${r}]`));

describe('reading the redaction form', () => {
  it('starts with every suggestion ticked, for personal data', () => {
    assert.equal(suggestions.length, 2);
    assert.deepEqual(initialRedactionChoice(suggestions), {
      selected: [name!.id, email!.id], reasons: { [name!.id]: 'personal-data', [email!.id]: 'personal-data' }, manual: '', manualReason: 'personal-data',
    });
  });

  it('reads ticked suggestions with their reasons, and passages typed by hand, into a plan', () => {
    const body = {
      [redactionFields.redact]: [name!.id],
      [redactionFields.reason(name!.id)]: 'safety',
      [redactionFields.reason(email!.id)]: 'third-party',
      [redactionFields.manual]: 'San Isidro\r\n\r\n  twice  \r\nSan Isidro',
      [redactionFields.manualReason]: 'identifies-submitter',
      [redactionFields.intent]: 'publish',
    };
    const result = readRedactionForm(body, fields, suggestions);
    assert.equal(result.intent, 'publish');
    assert.deepEqual(result.errors, {});
    assert.deepEqual(result.choice.selected, [name!.id], 'the unticked e-mail stays unticked');
    assert.equal(result.choice.reasons[email!.id], 'third-party', 'a reason is kept even for an unticked box');
    assert.equal(result.choice.manual, 'San Isidro\n\n  twice  \nSan Isidro');
    assert.deepEqual(published(result.plan), [
      'Ms [safety] was threatened. Write to maria@example.org.',
      'Her village, [identifies-submitter], was raided [identifies-submitter].',
    ]);
  });

  it('keeps everything typed and says which passages do not occur, beside the box', () => {
    const body = {
      [redactionFields.redact]: [name!.id, email!.id],
      [redactionFields.reason(email!.id)]: 'safety',
      [redactionFields.manual]: 'San Isidro\nSan Isidoro\nMaria Lópes',
      [redactionFields.manualReason]: 'other',
    };
    const result = readRedactionForm(body, fields, suggestions);
    assert.equal(result.intent, 'preview', 'preview unless Publish was pressed');
    assert.deepEqual(result.errors, {
      [redactionFields.manual]: { key: 'redaction.error-passage-not-found', values: { count: 2, passages: '“San Isidoro”, “Maria Lópes”' } },
    });
    assert.equal(result.choice.manual, 'San Isidro\nSan Isidoro\nMaria Lópes');
    assert.equal(result.choice.manualReason, 'other');
    assert.deepEqual(result.choice.selected, [name!.id, email!.id]);
    assert.equal(result.choice.reasons[email!.id], 'safety');
    assert.deepEqual(result.plan.passages, [{ passage: 'San Isidro', reason: 'other' }], 'the passages that occur still preview');
  });

  it('refuses one-character passages, which would hide every letter like them', () => {
    const result = readRedactionForm({ [redactionFields.manual]: 'a\nSan Isidro' }, fields, suggestions);
    assert.deepEqual(result.errors[redactionFields.manual], { key: 'redaction.error-passage-too-short', values: { passages: '“a”' } });
  });

  it('sends the form back when a ticked suggestion no longer exists (the text changed since)', () => {
    const result = readRedactionForm({ [redactionFields.redact]: [name!.id, 's-00000000-0-5-00000000'] }, fields, suggestions);
    assert.deepEqual(result.errors[redactionFields.redact], { key: 'redaction.error-stale' });
    assert.deepEqual(result.choice.selected, [name!.id]);
  });

  it('reads a reason it does not know as personal data, and a single ticked box sent as a string', () => {
    const result = readRedactionForm({ [redactionFields.redact]: email!.id, [redactionFields.reason(email!.id)]: '<script>' }, fields, suggestions);
    assert.deepEqual(result.choice.selected, [email!.id]);
    assert.deepEqual(result.plan.ranges, { [email!.fieldKey]: [{ start: email!.start, end: email!.end, reason: 'personal-data' }] });
  });
});
