import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDraftForm, readDraftForm } from './statement-form.ts';

describe('checkDraftForm', () => {
  it('accepts a complete draft, trimming the text and dropping repeated choices', () => {
    const outcome = checkDraftForm(readDraftForm({
      kind: 'appeal', language: 'es', title: '  Libertad para Ana  ', text: 'Pedimos…', themes: ['housing', 'housing'], countries: ['CO', 'PE'],
    }));
    assert.deepEqual(outcome, { kind: 'valid', values: { kind: 'appeal', language: 'es', title: 'Libertad para Ana', text: 'Pedimos…', themes: ['housing'], countries: ['CO', 'PE'] } });
  });

  it('says which fields are missing or wrong', () => {
    const outcome = checkDraftForm(readDraftForm({ kind: 'manifesto', language: 'xx', title: ' ', text: 'x'.repeat(30_001), themes: 'not-a-theme', countries: ['ZZ'] }));
    assert.deepEqual(outcome, { kind: 'invalid', errors: { language: 'invalid', title: 'required', text: 'too-long', kind: 'required', themes: 'invalid', countries: 'invalid' } });
  });
});
