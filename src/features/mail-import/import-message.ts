// Imports one email into the same pipeline as the online form: parse it, recognise a message imported before, find
// its call, read the text of its letters, detect the language, find the answers to each question, guess who sent
// it, honour a request not to publish, and store it as a submitted input encrypted like any other, in one
// transaction with the record of what happened. A problem with one file is recorded and the rest goes on; a
// message that cannot be read or matched is kept, sealed to administrators, for staff to deal with.
// Reading the letter itself is read-letter.ts.
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import { detectLanguage } from '../../platform/language/index.ts';
import { newId } from '../../platform/tokens.ts';
import { administratorsForSealing, recipientsForSealing, type SealingRecipient } from '../accounts/index.ts';
import {
  formatReference, isPastDeadline, questionnaireFor, takeNextSubmissionNumber, type CallWithQuestionnaires, type StakeholderType,
} from '../calls/index.ts';
import {
  escrowHolder, InputCipher, insertAttachment, insertKeyBoxes, sealAcceptedFile, sealForHolders, type SubmissionContent,
} from '../submissions/index.ts';
import { insertSubmittedInput, replaceSubmissionCountries } from '../submissions/submissions.repository.ts';
import { answersFromPassages } from './answers-from-passages.ts';
import { contentDigest, keyedHash, messageFingerprints } from './fingerprints.ts';
import { findPublicationRefusal, guessSubmitter, mapAnswers } from './letter-analysis/index.ts';
import type { LetterAnalysis } from './letter-analysis-record.ts';
import {
  findFingerprint, findLatestInputOfSender, insertFingerprints, insertImportedInput, insertKeptMessage, recordItem,
} from './mail-import.repository.ts';
import type { ImportOutcome, ImportProblem, MessageSummary } from './mail-import.ts';
import { parseEmail, originalMessage, type EmailAttachment, type ParsedEmail } from './mailbox/index.ts';
import { matchCall } from './match-call.ts';
import { readLetter } from './read-letter.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

/** What stays the same for every message of one import: its id, the candidate calls, who keys are sealed to. */
export class ImportSession {
  private readonly holders = new Map<string, Promise<SealingRecipient[]>>();

  constructor(
    readonly deps: Deps,
    readonly importId: string,
    /** The call staff chose, or every call a message may be matched to. */
    readonly calls: readonly CallWithQuestionnaires[],
    readonly chosenCall: CallWithQuestionnaires | null,
  ) {}

  holdersOf(callId: string | null): Promise<SealingRecipient[]> {
    const key = callId ?? '';
    let found = this.holders.get(key);
    if (!found) {
      found = callId ? recipientsForSealing(this.deps, callId) : administratorsForSealing(this.deps);
      this.holders.set(key, found);
    }
    return found;
  }
}

export interface MessageResult {
  outcome: ImportOutcome;
  problems: ImportProblem[];
  submissionId: string | null;
}

const excerptLength = 600;

function summaryOf(email: ParsedEmail | null): MessageSummary {
  return {
    from: email?.from ?? null, subject: email?.subject ?? '', date: email?.date ? dayOf(email.date) : null,
    excerpt: (email?.text ?? '').slice(0, excerptLength), attachmentNames: email?.attachments.map((a) => a.filename) ?? [],
  };
}

const asKeyHolders = (recipients: readonly SealingRecipient[]) => recipients.map((r) => ({ holder: r.userId ?? escrowHolder, publicKey: r.publicKey }));

/** Keeps a message staff must look at themselves, sealed to administrators; the import records why. */
async function keepForStaff(
  session: ImportSession, item: ItemPlace, raw: Buffer, email: ParsedEmail | null, outcome: 'to-sort' | 'failed',
  problems: ImportProblem[], fingerprints: readonly string[],
): Promise<MessageResult> {
  const { deps } = session;
  const holders = await session.holdersOf(null);
  if (!holders.length) return record(session, item, { outcome: 'failed', problems: [...problems, 'no-key-holder'], submissionId: null });
  const id = newId();
  const cipher = InputCipher.fresh(id);
  const day = dayOf(deps.clock.now());
  await deps.db.transaction().execute(async (trx) => {
    await insertKeptMessage(trx, {
      id, importId: session.importId, status: outcome, problem: problems[0] ?? null, day, submissionId: null,
      sealedMessage: cipher.sealNamed('message', raw), sealedSummary: cipher.sealNamed('summary', Buffer.from(JSON.stringify(summaryOf(email)))),
    }, sealForHolders(cipher, asKeyHolders(holders)));
    await insertFingerprints(trx, fingerprints, { submissionId: null, messageId: id });
    await recordItem(trx, { importId: session.importId, keyHash: item.keyHash, position: item.position, outcome, problems, submissionId: null, messageId: id });
  });
  return { outcome, problems, submissionId: null };
}

interface ItemPlace {
  keyHash: string;
  position: number;
}

async function record(session: ImportSession, item: ItemPlace | null, result: MessageResult, messageId: string | null = null): Promise<MessageResult> {
  if (item) await recordItem(session.deps.db, {
    importId: session.importId, keyHash: item.keyHash, position: item.position, outcome: result.outcome, problems: result.problems,
    submissionId: result.submissionId, messageId,
  });
  return result;
}

const messageProblems = { malformed: 'message-malformed', empty: 'message-empty', 'too-large': 'message-too-large' } as const;

function everyAttachment(email: ParsedEmail): EmailAttachment[] {
  return [...email.attachments, ...email.forwarded.flatMap(everyAttachment)];
}

export async function importMessage(session: ImportSession, key: string, raw: Buffer, position: number): Promise<MessageResult> {
  const { deps } = session;
  const secret = deps.config.sessionSecret;
  const item = { keyHash: keyedHash(secret, 'item', key), position };
  const parsed = await parseEmail(raw);
  if (!parsed.ok) {
    const fingerprints = messageFingerprints(secret, null, contentDigest(raw.toString('latin1'), []));
    const known = await findFingerprint(deps.db, fingerprints);
    if (known) return record(session, item, { outcome: 'duplicate', problems: [], submissionId: known.submissionId }, known.messageId);
    return keepForStaff(session, item, raw, null, 'failed', [messageProblems[parsed.problem]], fingerprints);
  }
  const message = messageAtHand(secret, raw, parsed.email);
  const known = await findFingerprint(deps.db, message.fingerprints);
  if (known) return record(session, item, { outcome: 'duplicate', problems: [], submissionId: known.submissionId }, known.messageId);

  const call = session.chosenCall ?? matchCall(session.calls, message.email);
  if (!call) return keepForStaff(session, item, raw, message.original, 'to-sort', [], message.fingerprints);
  return importIntoCall(session, item, message, call);
}

/** A parsed message with what every step needs: who really wrote it, all its files, its fingerprints. */
export function messageAtHand(secret: string, raw: Buffer, email: ParsedEmail): MessageAtHand {
  const original = originalMessage(email);
  const attachments = everyAttachment(email);
  return { raw, email, original, attachments, fingerprints: messageFingerprints(secret, email.messageId, contentDigest(original.text, attachments)) };
}

export interface MessageAtHand {
  raw: Buffer;
  email: ParsedEmail;
  original: ParsedEmail;
  attachments: readonly EmailAttachment[];
  fingerprints: readonly string[];
}

/** Also used when staff sort a kept message into a call: then `item` is null (the import recorded it already). */
export async function importIntoCall(
  session: ImportSession, item: ItemPlace | null, message: MessageAtHand, call: CallWithQuestionnaires,
): Promise<MessageResult> {
  const { deps } = session;
  const { email, original } = message;
  const holders = await session.holdersOf(call.id);
  if (!holders.length) return record(session, item, { outcome: 'failed', problems: ['no-key-holder'], submissionId: null });
  const letter = await readLetter(deps, original, message.attachments);
  const problems = [...letter.problems];
  if (!letter.text) problems.push('no-text');

  const sender = original.from ?? { name: '', address: '' };
  const guess = guessSubmitter({ fromName: sender.name, fromAddress: sender.address, subject: email.subject, text: letter.text });
  const stakeholderType: StakeholderType = guess.stakeholderType ?? 'civil-society';
  const questionnaire = questionnaireFor(call, stakeholderType) ?? call.questionnaires[0];
  if (!questionnaire) return record(session, item, { outcome: 'failed', problems: ['no-questionnaire'], submissionId: null });
  const passages = mapAnswers(letter.text, questionnaire);
  const refusal = findPublicationRefusal(`${email.subject}\n${letter.text}`);
  const language = detectLanguage(letter.text, call.languages);
  const { answers, generalComments } = answersFromPassages(questionnaire, passages);
  const content: SubmissionContent = {
    submitter: {
      kind: guess.organisation ? 'organisation' : stakeholderType === 'individual' ? 'individual' : '',
      name: guess.organisation ?? sender.name, organisationType: '', countries: guess.countries, email: sender.address, coSigners: '',
    },
    answers, generalComments, processingConsent: false,
  };

  const id = newId();
  const cipher = InputCipher.fresh(id);
  const sent = original.date ?? email.date ?? deps.clock.now();
  const day = dayOf(sent);
  const senderHash = keyedHash(deps.config.sessionSecret, 'sender', sender.address.trim().toLowerCase());
  const earlier = sender.address ? await findLatestInputOfSender(deps.db, senderHash, call.id) : undefined;
  const analysis: LetterAnalysis = {
    subject: email.subject, from: sender, sentOn: day, language, guess, problems,
    refusal: refusal && { phrase: refusal.phrase },
    passages: passages.map((p) => ({ questionId: p.questionId, text: p.text, matchedBy: p.matchedBy })),
  };
  await deps.db.transaction().execute(async (trx) => {
    const sequence = await takeNextSubmissionNumber(trx, call.id);
    await insertSubmittedInput(trx, {
      id, callId: call.id, questionnaireId: questionnaire.id, stakeholderType, language: language.language,
      reference: formatReference(call.referenceCode, sent.getUTCFullYear(), sequence),
      consent: refusal ? 'do-not-publish' : 'public-named', late: isPastDeadline(call, sent), sealedContent: cipher.sealContent(content), day,
    }, 'email');
    await replaceSubmissionCountries(trx, id, guess.countries);
    for (const file of letter.kept) await insertAttachment(trx, sealAcceptedFile(cipher, { partRef: null, ...file }, day));
    // A message with problems keeps its original with the input, so staff can see what the import could not read.
    if (problems.length) {
      await insertAttachment(trx, sealAcceptedFile(cipher, { partRef: null, filename: 'original-message.eml', mediaType: 'message/rfc822', data: message.raw }, day));
    }
    await insertKeyBoxes(trx, id, sealForHolders(cipher, asKeyHolders(holders)));
    await insertImportedInput(trx, {
      submissionId: id, importId: session.importId, senderHash, earlierSubmissionId: earlier ?? null,
      sealedAnalysis: cipher.sealNamed('analysis', Buffer.from(JSON.stringify(analysis))), refusesPublication: refusal !== null,
    });
    await insertFingerprints(trx, message.fingerprints, { submissionId: id, messageId: null });
    if (item) await recordItem(trx, { importId: session.importId, keyHash: item.keyHash, position: item.position, outcome: 'imported', problems, submissionId: id, messageId: null });
  });
  return { outcome: 'imported', problems, submissionId: id };
}
