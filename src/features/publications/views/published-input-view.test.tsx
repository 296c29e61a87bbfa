import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { translator } from '../../../i18n/translator.ts';
import { PageContext } from '../../../views/page-context.ts';
import type { Call, Questionnaire } from '../../calls/index.ts';
import { applyRedactions } from '../../review/redaction/index.ts';
import { AnswersView } from '../../submissions/index.ts';
import type { Publication } from '../publication.ts';
import { PublishedInputView } from './published-input-view.tsx';

function render(body: VNode): string {
  const context = { i18n: translator('en'), dir: 'ltr' as const, path: '/', csrfToken: () => { throw new Error('no form'); }, staff: null, assetUrl: (n: string) => n };
  return renderToString(<PageContext.Provider value={context}>{body}</PageContext.Provider>);
}

const call = { slug: 'hrc56', title: { en: 'Call' } } as unknown as Call;
const questionnaire = {
  id: 'qn', questions: [{ id: 'q1', number: '1', text: { en: 'What happened?' }, parts: [
    { key: 'main', kind: 'long-text', label: { en: 'Answer' }, required: true, choices: [], allowOther: false, details: { en: 'Details' } },
  ] }],
} as unknown as Questionnaire;

function publication(text: string, details: string, coSigners: string[]): Publication {
  return {
    submissionId: 's1', callId: 'c1', reference: 'HRC56-2024-0042', stakeholderType: 'civil-society', displayName: 'Red Solidaria',
    countries: ['PE'], language: 'es', publishedOn: '2024-03-01',
    content: { questionnaireId: 'qn', answers: { 'q1:main': { text, details } }, coSigners, attachments: [] },
  };
}

describe('the published input page and redaction marks', () => {
  it('renders a publication without marks exactly as before: the answers view untouched, co-signers as plain items', () => {
    const plain = publication('Nuestra compañera fue amenazada <dos veces>.', 'Por teléfono.', ['Colectivo X', 'Red Y']);
    const html = render(<PublishedInputView call={call} publication={plain} questionnaire={questionnaire} />);
    const answers = render(<AnswersView questionnaire={questionnaire} answers={plain.content.answers} attachments={[]} attachmentHref={() => null} answerLanguage="es" />);
    assert.ok(html.includes(answers), 'the answers render as the answers view renders the stored answers');
    assert.match(html, /<ul><li>Colectivo X<\/li><li>Red Y<\/li><\/ul>/);
    assert.doesNotMatch(html, /redaction|Redacted/);
  });

  it('shows each mark with its reason in the reader’s language, in answers and co-signers, and says why', () => {
    const text = 'Nuestra compañera Ana Pérez fue amenazada.';
    const redacted = publication(
      applyRedactions(text, [{ start: 18, end: 27, reason: 'safety' }]),
      applyRedactions('Llamó al 612 345 678.', [{ start: 9, end: 20, reason: 'personal-data' }]),
      ['Colectivo X', applyRedactions('Ana Pérez', [{ start: 0, end: 9, reason: 'identifies-submitter' }])],
    );
    const html = render(<PublishedInputView call={call} publication={redacted} questionnaire={questionnaire} />);
    assert.match(html, /<p class="redaction-note">Some passages were hidden before publication to protect people; each is marked with the reason\.<\/p>/);
    // Marks in answers are elements, so a reader (and a screen reader) can tell them from text typed to look like one.
    assert.match(html, /<p class="answer" lang="es">Nuestra compañera <span class="redaction-mark" lang="en">\[Redacted: safety of a person\]<\/span> fue amenazada\.<\/p>/);
    assert.match(html, /Llamó al <span class="redaction-mark" lang="en">\[Redacted: personal data\]<\/span>\./);
    assert.match(html, /<li>Colectivo X<\/li><li><span class="redaction-mark" lang="en">\[Redacted: identifies the author\]<\/span><\/li>/);
    for (const secret of ['Ana Pérez', '612 345 678', '\uFDD0', '\uFDD1']) assert.ok(!html.includes(secret), secret);
  });

  it('shows a mark inside the “Other” answer where the reader’s language puts the text', () => {
    const choice = {
      ...questionnaire,
      questions: [{ ...questionnaire.questions[0]!, parts: [{ ...questionnaire.questions[0]!.parts[0]!, kind: 'single-choice', allowOther: true }] }],
    } as unknown as Questionnaire;
    const redacted = publication('', '', []);
    redacted.content.answers['q1:main'] = { other: applyRedactions('Juan Soto', [{ start: 0, end: 9, reason: 'safety' }]) };
    const html = render(<PublishedInputView call={call} publication={redacted} questionnaire={choice} />);
    assert.match(html, /<p lang="es">Other: <span class="redaction-mark" lang="en">\[Redacted: safety of a person\]<\/span><\/p>/);
    assert.ok(!html.includes('Juan Soto'));
  });
});
