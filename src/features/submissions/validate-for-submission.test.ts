import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { limits } from '../../config.ts';
import type { Part, Questionnaire } from '../calls/index.ts';
import type { SubmissionContent } from './submission.ts';
import { validateForSubmission } from './validate-for-submission.ts';

function part(key: string, kind: Part['kind'], extra: Partial<Part> = {}): Part {
  return { key, kind, label: { en: key }, required: false, choices: [], allowOther: false, details: null, ...extra };
}

const choices = [{ key: 'regional', label: { en: 'Regional' } }, { key: 'global', label: { en: 'Global' } }];
const questionnaire: Questionnaire = {
  id: 'qn', callId: 'c', position: 0, stakeholderTypes: ['civil-society'], title: { en: 'Q' }, intro: { en: '' },
  questions: [{
    id: 'q', questionnaireId: 'qn', position: 0, number: '1', text: { en: 'Everything' },
    parts: [
      part('text', 'long-text', { required: true, details: { en: 'More' } }),
      part('one', 'choose-one', { required: true, choices }),
      part('many', 'choose-many', { required: true, choices, allowOther: true }),
      part('where', 'country-list', { required: true }),
      part('safe', 'yes-no', { required: true }),
      part('file', 'file', { required: true }),
    ],
  }],
};
const call = { languages: ['en', 'fr'] as ('en' | 'fr')[] };

function valid(): SubmissionContent {
  return {
    submitter: { kind: 'organisation', name: 'FIAN', organisationType: 'NGO', countries: ['KE'], email: 'info@fian.example', coSigners: '' },
    answers: {
      'q:text': { text: 'An answer', details: 'Some details' },
      'q:one': { choices: ['regional'] },
      'q:many': { choices: ['regional', 'global'], other: 'Diaspora' },
      'q:where': { countries: ['CL', 'NI'] },
      'q:safe': { yesNo: 'no' },
    },
    processingConsent: true,
  };
}

const check = (content: SubmissionContent, language: string | null = 'en', consent: string | null = 'public-named', files: (string | null)[] = ['q:file']) =>
  validateForSubmission(questionnaire, call, content, language, consent, files);

describe('validateForSubmission', () => {
  it('accepts a complete input', () => {
    assert.deepEqual(check(valid()), {});
  });

  it('accepts an email address pasted with spaces around it (the draft keeps them; sending trims them)', () => {
    const content = valid();
    content.submitter.email = '\u00a0 info@fian.example ';
    assert.deepEqual(check(content), {});
  });

  it('requires an answer to every required part, each in its own field', () => {
    const content = valid();
    content.answers = { 'q:text': { text: '   ' }, 'q:safe': { yesNo: '' } };
    const errors = check(content, 'en', 'public-named', [null]);
    assert.deepEqual(Object.keys(errors), ['a.q:text.text', 'a.q:one.choices', 'a.q:many.choices', 'a.q:where.countries', 'a.q:safe.yes-no', 'a.q:file.files']);
    assert.ok(Object.values(errors).every((e) => e.key === 'submissions.error-part-required'));
  });

  it('counts "other" as an answer to a choice question that allows it', () => {
    const content = valid();
    content.answers['q:many'] = { other: 'Something else' };
    assert.deepEqual(check(content), {});
  });

  it('requires who answers: kind, name and a well-formed email address', () => {
    const content = valid();
    content.submitter = { ...content.submitter, kind: '', name: '  ', email: '' };
    assert.deepEqual(check(content), {
      'submitter.kind': { key: 'submissions.error-kind-required' },
      'submitter.name': { key: 'submissions.error-name-required' },
      'submitter.email': { key: 'submissions.error-email-required' },
    });
    for (const email of ['no-at-sign', 'two@@example.org', 'spaces in@example.org', 'a@b']) {
      content.submitter = { ...valid().submitter, email };
      assert.deepEqual(check(content)['submitter.email'], { key: 'submissions.error-email-format' }, email);
    }
  });

  it('accepts only known country codes, for the submitter and in answers', () => {
    const content = valid();
    content.submitter.countries = ['KE', 'XX'];
    content.answers['q:where'] = { countries: ['ke'] };
    const errors = check(content);
    assert.deepEqual(errors['submitter.countries'], { key: 'submissions.error-country-unknown' });
    assert.deepEqual(errors['a.q:where.countries'], { key: 'submissions.error-country-unknown' });
  });

  it('accepts only the part’s own choices, and one of them for a single choice', () => {
    const content = valid();
    content.answers['q:one'] = { choices: ['regional', 'global'] };
    content.answers['q:many'] = { choices: ['regional', 'invented'] };
    const errors = check(content);
    assert.deepEqual(errors['a.q:one.choices'], { key: 'submissions.error-choose-one' });
    assert.deepEqual(errors['a.q:many.choices'], { key: 'submissions.error-choice-unknown' });
  });

  it('bounds answers and short fields, saying the limit', () => {
    const content = valid();
    content.answers['q:text'] = { text: 'x'.repeat(limits.answerMaxChars + 1), details: 'y'.repeat(limits.answerMaxChars) };
    content.answers['q:many'] = { choices: ['global'], other: 'o'.repeat(limits.shortTextMaxChars + 1) };
    content.submitter.name = 'n'.repeat(limits.shortTextMaxChars + 1);
    content.submitter.organisationType = 't'.repeat(limits.shortTextMaxChars);
    const errors = check(content);
    assert.deepEqual(errors['a.q:text.text'], { key: 'submissions.error-too-long', values: { max: limits.answerMaxChars } });
    assert.deepEqual(errors['a.q:many.other'], { key: 'submissions.error-too-long', values: { max: limits.shortTextMaxChars } });
    assert.deepEqual(errors['submitter.name'], { key: 'submissions.error-too-long', values: { max: limits.shortTextMaxChars } });
    assert.equal(errors['a.q:text.details'], undefined, 'exactly at the limit is fine');
    assert.equal(errors['submitter.organisation-type'], undefined);
  });

  it('requires publication consent, processing consent and a language the call accepts', () => {
    const content = valid();
    content.processingConsent = false;
    assert.deepEqual(check(content, 'es', null), {
      language: { key: 'submissions.error-language-required' },
      consent: { key: 'submissions.error-consent-required' },
      'processing-consent': { key: 'submissions.error-processing-consent-required' },
    });
    assert.deepEqual(check(valid(), null)['language'], { key: 'submissions.error-language-required' });
    assert.deepEqual(check(valid(), 'en', 'sell-it')['consent'], { key: 'submissions.error-consent-required' });
  });

  it('lists errors in the order of the form: about you, questions, then consent', () => {
    const content = valid();
    content.submitter.name = '';
    content.answers['q:text'] = {};
    const errors = check(content, 'en', null);
    assert.deepEqual(Object.keys(errors), ['submitter.name', 'a.q:text.text', 'consent']);
  });
});
