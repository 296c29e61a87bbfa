import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Questionnaire } from '../calls/index.ts';
import { answerField, readAnswerForm } from './answer-form.ts';
import { parseFormBody } from './form-body.ts';

const questionnaire: Questionnaire = {
  id: 'qn', callId: 'c', position: 0, stakeholderTypes: ['civil-society'], title: { en: 'Q' }, intro: { en: '' },
  questions: [
    {
      id: 'q1', questionnaireId: 'qn', position: 0, number: '1', text: { en: 'Networks' },
      parts: [{ key: 'networks', kind: 'choose-many', label: { en: 'Kinds' }, required: false, allowOther: true, details: { en: 'Describe' },
        choices: [{ key: 'regional', label: { en: 'Regional' } }] }],
    },
    {
      id: 'q2', questionnaireId: 'qn', position: 1, number: '2', text: { en: 'Answer' },
      parts: [
        { key: 'text', kind: 'long-text', label: { en: 'Answer' }, required: true, allowOther: false, details: null, choices: [] },
        { key: 'safe', kind: 'yes-no', label: { en: 'Safe?' }, required: false, allowOther: false, details: null, choices: [] },
        { key: 'files', kind: 'file', label: { en: 'Evidence' }, required: false, allowOther: false, details: null, choices: [] },
      ],
    },
  ],
};

describe('readAnswerForm', () => {
  it('turns the posted fields into draft content, keeping what was typed', async () => {
    const body = await parseFormBody({
      'submitter.kind': 'individual', 'submitter.name': '  Ana  ', 'submitter.countries': ['KE', 'XX'],
      'submitter.email': ' ana@example.org ', 'submitter.co-signers': 'One\r\nTwo', language: 'es', consent: 'public-anonymous',
      'processing-consent': 'yes', [answerField('q1:networks', 'choices')]: ['regional', 'invented'],
      [answerField('q1:networks', 'other')]: 'Diaspora', [answerField('q1:networks', 'details')]: 'Line 1\r\nLine 2',
      [answerField('q2:text', 'text')]: 'My answer', [answerField('q2:safe', 'yes-no')]: 'no', action: 'review',
      'a.unknown:part.text': 'ignored',
    });
    const input = readAnswerForm(questionnaire, body);
    assert.deepEqual(input.content, {
      submitter: { kind: 'individual', name: '  Ana  ', organisationType: '', countries: ['KE', 'XX'], email: ' ana@example.org ', coSigners: 'One\nTwo' },
      answers: {
        'q1:networks': { choices: ['regional', 'invented'], other: 'Diaspora', details: 'Line 1\nLine 2' },
        'q2:text': { text: 'My answer' },
        'q2:safe': { yesNo: 'no' },
      },
      processingConsent: true,
    });
    assert.equal(input.language, 'es');
    assert.equal(input.consent, 'public-anonymous');
    assert.equal(input.action, 'review');
  });

  it('keeps only known codes for kind, language and consent, and saves by default', async () => {
    const input = readAnswerForm(questionnaire, await parseFormBody({ 'submitter.kind': 'robot', language: 'xx', consent: 'sell-it' }));
    assert.equal(input.content.submitter.kind, '');
    assert.equal(input.language, null);
    assert.equal(input.consent, null);
    assert.equal(input.action, 'save');
    assert.equal(input.content.processingConsent, false);
    assert.deepEqual(input.content.answers, {});
  });

  it('routes files to their part or to the general attachments, and ignores files from unknown fields', async () => {
    const pdf = (name: string) => ({ type: 'file', filename: name, file: { truncated: false }, toBuffer: async () => Buffer.from('%PDF') });
    const body = await parseFormBody({
      attachments: pdf('letter.pdf'), [answerField('q2:files', 'files')]: pdf('evidence.pdf'), stray: pdf('stray.pdf'),
      'remove-attachment': ['a1', 'a2'],
    });
    const input = readAnswerForm(questionnaire, body);
    assert.deepEqual(input.files.map((f) => [f.partRef, f.file.filename]), [[null, 'letter.pdf'], ['q2:files', 'evidence.pdf']]);
    assert.deepEqual(input.removeAttachmentIds, ['a1', 'a2']);
  });
});
