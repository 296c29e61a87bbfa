import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPublicationRefusal } from './publication-refusal.ts';

const phraseIn = (text: string) => findPublicationRefusal(text)?.phrase ?? null;

/** Each text and the phrase expected of it. */
function expectPhrases(cases: [string, string][]): void {
  for (const [text, phrase] of cases) assert.equal(phraseIn(text), phrase, text);
}

function expectNone(texts: string[]): void {
  for (const text of texts) assert.equal(phraseIn(text), null, text);
}

describe('findPublicationRefusal', () => {
  it('finds requests not to publish in English', () => {
    expectPhrases([
      ['Please do not publish this submission.', 'Please do not publish'],
      ['We kindly ask that this submission not be published on the OHCHR website.', 'ask that this submission not be published'],
      ['This submission is confidential and is not for publication.', 'This submission is confidential'],
      ['Note: not for publication.', 'not for publication'],
      ['We do not consent to the publication of this input.', 'do not consent to the publication'],
      ['We share this information in confidence.', 'share this information in confidence'],
      ['CONFIDENTIAL\n\nDear Madam,', 'CONFIDENTIAL'],
    ]);
  });

  it('finds requests not to publish in French', () => {
    expectPhrases([
      ['Merci de ne pas publier cette contribution.', 'Merci de ne pas publier'],
      ['Nous souhaitons que cette contribution ne soit pas publiée.', 'ne soit pas publiée'],
      ['Cette contribution est strictement confidentielle.', 'Cette contribution est strictement confidentielle'],
      ['Document non destiné à la publication.', 'non destiné à la publication'],
      ['Nous vous transmettons ces informations à titre confidentiel.', 'transmettons ces informations à titre confidentiel'],
      ['Strictement confidentiel', 'Strictement confidentiel'],
    ]);
  });

  it('finds requests not to publish in Spanish', () => {
    expectPhrases([
      ['Les rogamos no publicar esta contribución.', 'Les rogamos no publicar'],
      ['Solicitamos que esta contribución no sea publicada.', 'no sea publicada'],
      ['Esta contribución tiene carácter confidencial.', 'Esta contribución tiene carácter confidencial'],
      ['Documento no para publicación.', 'no para publicación'],
      ['NO PUBLICAR', 'NO PUBLICAR'],
    ]);
  });

  it('gives the first request and its offsets', () => {
    const text = 'Dear Madam,\nOur answers are not for publication. Please do not publish them.';
    const found = findPublicationRefusal(text)!;
    assert.equal(found.phrase, 'not for publication');
    assert.equal(text.slice(found.start, found.end), found.phrase);
  });

  it('is not fooled by negations and permissions', () => {
    expectNone([
      'This letter is not confidential.', 'This is not a confidential submission.', 'This submission may be published on the OHCHR website.',
      'We have no objection to the publication of this contribution.', 'Ce document n’est pas confidentiel.', 'Cette contribution peut être publiée.',
      'Nous ne nous opposons pas à la publication de cette contribution.', 'Contribution non confidentielle.', 'Esta carta no es confidencial.',
      'Esta contribución puede publicarse en el sitio web del ACNUDH.', 'No tenemos inconveniente en que se publique esta contribución.',
    ]);
  });

  it('is not fooled by answers about confidentiality or about not publishing something else', () => {
    expectNone([
      'To protect the confidentiality of victims, we have not included their names.', 'Confidential sources told us about the raids.',
      'We decided not to publish our reports for fear of reprisals.', 'Our report could not be published in our country.',
      'Afin de préserver la confidentialité des victimes, nous ne citons pas de noms.', 'Nous avons décidé de ne pas publier nos rapports.',
      'Para proteger la confidencialidad de las víctimas, no incluimos sus nombres.', 'Decidimos no publicar nuestros informes.',
      'La información de las víctimas se maneja de manera confidencial.', 'Submissions received may be published unless otherwise indicated.',
    ]);
  });
});
