// Builds calls and inputs straight into a test database, so each feature's tests start from the state they need.
import type { Db } from '../../src/db/database.ts';
import {
  insertCall, insertQuestion, insertQuestionnaire, loadQuestionnaires, type Call, type CallWithQuestionnaires, type Question,
} from '../../src/features/calls/index.ts';
import { recipientsForSealing } from '../../src/features/accounts/index.ts';
import {
  escrowHolder, InputCipher, insertKeyBoxes, sealForHolders, type Consent, type SubmissionContent,
} from '../../src/features/submissions/index.ts';
import { hashToken, newId, newToken } from '../../src/platform/tokens.ts';

let sequence = 0;

/**
 * A call with one questionnaire for civil society (and others) holding a question of every kind:
 * 1 choose-many with "other" and details, 2 long text (required), 3 yes/no with details + country list + file.
 */
export async function createTestCall(db: Db, overrides: Partial<Call> = {}): Promise<CallWithQuestionnaires> {
  sequence += 1;
  const call: Call = {
    id: newId(),
    slug: `test-call-${sequence}-${Math.random().toString(36).slice(2, 8)}`,
    referenceCode: `TST${sequence}`,
    mandate: { en: 'Independent Expert on human rights and international solidarity', fr: 'Experte indépendante', es: 'Experta independiente' },
    title: { en: `Test call ${sequence}`, fr: `Appel de test ${sequence}`, es: `Convocatoria de prueba ${sequence}` },
    summary: { en: 'A call used in tests.', fr: 'Un appel utilisé dans les tests.', es: 'Una convocatoria de prueba.' },
    body: { en: 'Body of the call.', fr: 'Corps de l’appel.', es: 'Cuerpo de la convocatoria.' },
    report: { en: 'Report to the Human Rights Council', fr: 'Rapport au Conseil des droits de l’homme', es: 'Informe al Consejo de Derechos Humanos' },
    publicationPolicy: { en: 'Inputs may be published unless otherwise indicated.', fr: 'Les contributions peuvent être publiées.', es: 'Las contribuciones pueden publicarse.' },
    opensOn: '2026-11-01',
    deadlineAt: '2027-02-15T23:59:00Z',
    timeZone: 'Europe/Zurich',
    languages: ['en', 'fr', 'es'],
    contactEmail: 'hrc-ie-solidarity@un.org',
    emailSubject: 'Submission to the test report',
    latePolicy: 'refuse',
    status: 'open',
    ...overrides,
  };
  await insertCall(db, call, '2026-11-01T00:00:00Z');
  const questionnaireId = newId();
  await insertQuestionnaire(db, {
    id: questionnaireId, callId: call.id, position: 0,
    stakeholderTypes: ['civil-society', 'academia', 'individual'],
    title: { en: 'Questions for civil society', fr: 'Questions pour la société civile', es: 'Preguntas para la sociedad civil' },
    intro: { en: '', fr: '', es: '' },
  });
  const questions: Question[] = [
    {
      id: newId(), questionnaireId, position: 0, number: '1',
      text: { en: 'Which networks?', fr: 'Quels réseaux ?', es: '¿Qué redes?' },
      parts: [{
        key: 'networks', kind: 'choose-many', required: false, allowOther: true,
        label: { en: 'Kinds of network', fr: 'Types de réseau', es: 'Tipos de red' },
        choices: [
          { key: 'regional', label: { en: 'Regional', fr: 'Régional', es: 'Regional' } },
          { key: 'transnational', label: { en: 'Transnational', fr: 'Transnational', es: 'Transnacional' } },
        ],
        details: { en: 'Please describe', fr: 'Veuillez décrire', es: 'Describa' },
      }],
    },
    {
      id: newId(), questionnaireId, position: 1, number: '2',
      text: { en: 'How inclusive are your actions?', fr: 'Dans quelle mesure vos actions sont-elles inclusives ?', es: '¿En qué medida son inclusivas sus acciones?' },
      parts: [{ key: 'answer', kind: 'long-text', required: true, label: { en: 'Answer', fr: 'Réponse', es: 'Respuesta' }, choices: [], allowOther: false, details: null }],
    },
    {
      id: newId(), questionnaireId, position: 2, number: '3',
      text: { en: 'Reprisals', fr: 'Représailles', es: 'Represalias' },
      parts: [
        { key: 'experienced', kind: 'yes-no', required: false, label: { en: 'Experienced reprisals?', fr: 'Représailles subies ?', es: '¿Sufrió represalias?' }, choices: [], allowOther: false, details: { en: 'Details', fr: 'Précisions', es: 'Detalles' } },
        { key: 'where', kind: 'country-list', required: false, label: { en: 'Where', fr: 'Où', es: 'Dónde' }, choices: [], allowOther: false, details: null },
        { key: 'evidence', kind: 'file', required: false, label: { en: 'Evidence', fr: 'Preuves', es: 'Pruebas' }, choices: [], allowOther: false, details: null },
      ],
    },
  ];
  for (const question of questions) await insertQuestion(db, question);
  return loadQuestionnaires(db, call);
}

export interface TestInput {
  id: string;
  reference: string;
  accessToken: string;
  /** The input's cipher, as a key holder would open it: for tests of use cases that take one. */
  cipher: InputCipher;
}

/**
 * A submitted input, as the submissions feature would store it: content and files sealed under a fresh content key,
 * that key sealed to every key holder of the call AT THIS MOMENT (create staff first to let them read it).
 */
export async function createSubmittedInput(
  db: Db,
  call: CallWithQuestionnaires,
  options: {
    consent?: Consent; language?: string; countries?: string[]; name?: string; stakeholderType?: string; late?: boolean;
    coSigners?: string; email?: string;
    answers?: SubmissionContent['answers']; attachment?: { filename: string; mediaType: string; data: Buffer };
  } = {},
): Promise<TestInput> {
  sequence += 1;
  const questionnaire = call.questionnaires[0]!;
  const id = newId();
  const accessToken = newToken();
  const reference = `${call.referenceCode}-2026-${String(sequence).padStart(4, '0')}`;
  const content: SubmissionContent = {
    submitter: {
      kind: 'organisation', name: options.name ?? `Organisation ${sequence}`, organisationType: 'NGO',
      countries: options.countries ?? ['KE'], email: options.email ?? `contact${sequence}@example.org`, coSigners: options.coSigners ?? '',
    },
    answers: options.answers ?? { [`${questionnaire.questions[1]!.id}:answer`]: { text: `Answer number ${sequence}` } },
    processingConsent: true,
  };
  const cipher = InputCipher.fresh(id);
  await db.insertInto('submissions').values({
    id, call_id: call.id, questionnaire_id: questionnaire.id, stakeholder_type: options.stakeholderType ?? 'civil-society',
    status: 'submitted', access_token_hash: hashToken(accessToken), reference, language: options.language ?? 'en',
    consent: options.consent ?? 'public-named', late: options.late ? 1 : 0, review_status: 'new',
    sealed_content: cipher.sealContent(content), draft_key_box: null, receipt_key_box: null,
    created_on: '2026-11-20', updated_on: '2026-11-20', submitted_on: '2026-11-20',
  }).execute();
  const holders = await recipientsForSealing({ db, config: { escrowPublicKey: null } }, call.id);
  await insertKeyBoxes(db, id, sealForHolders(cipher, holders.map((h) => ({ holder: h.userId ?? escrowHolder, publicKey: h.publicKey }))));
  for (const country of content.submitter.countries) {
    await db.insertInto('submission_countries').values({ submission_id: id, country_code: country }).execute();
  }
  if (options.attachment) {
    const fileId = newId();
    await db.insertInto('attachments').values({
      id: fileId, submission_id: id, part_ref: null, sealed_name: cipher.sealFilename(fileId, options.attachment.filename),
      media_type: options.attachment.mediaType, size_bytes: options.attachment.data.length,
      data: cipher.sealFile(fileId, options.attachment.data), created_on: '2026-11-20',
    }).execute();
  }
  return { id, reference, accessToken, cipher };
}

/** A minimal, valid one-page PDF, built by hand so tests need no PDF library. */
export function tinyPdf(text = 'Submission letter'): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
