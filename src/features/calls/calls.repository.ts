// SQL for calls, questionnaires and questions. Translated texts and lists are JSON in text columns on both engines.
import type { Selectable } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';
import {
  partsSchema, type Call, type CallStatus, type CallWithQuestionnaires, type Question, type Questionnaire, type StakeholderType,
} from './call.ts';
import type { CallsTable, QuestionnairesTable, QuestionsTable } from './calls.table.ts';

type Executor = Db | Transaction;

function toCall(row: Selectable<CallsTable>): Call {
  return {
    id: row.id,
    slug: row.slug,
    referenceCode: row.reference_code,
    mandate: JSON.parse(row.mandate),
    title: JSON.parse(row.title),
    summary: JSON.parse(row.summary),
    body: JSON.parse(row.body),
    report: JSON.parse(row.report),
    publicationPolicy: JSON.parse(row.publication_policy),
    opensOn: row.opens_on,
    deadlineAt: row.deadline_at,
    timeZone: row.time_zone,
    languages: JSON.parse(row.languages),
    contactEmail: row.contact_email,
    emailSubject: row.email_subject,
    latePolicy: row.late_policy as Call['latePolicy'],
    status: row.status as CallStatus,
  };
}

function callColumns(call: Omit<Call, 'id'>) {
  return {
    slug: call.slug,
    reference_code: call.referenceCode,
    mandate: JSON.stringify(call.mandate),
    title: JSON.stringify(call.title),
    summary: JSON.stringify(call.summary),
    body: JSON.stringify(call.body),
    report: JSON.stringify(call.report),
    publication_policy: JSON.stringify(call.publicationPolicy),
    opens_on: call.opensOn,
    deadline_at: call.deadlineAt,
    time_zone: call.timeZone,
    languages: JSON.stringify(call.languages),
    contact_email: call.contactEmail,
    email_subject: call.emailSubject,
    late_policy: call.latePolicy,
    status: call.status,
  };
}

function toQuestion(row: Selectable<QuestionsTable>): Question {
  return {
    id: row.id,
    questionnaireId: row.questionnaire_id,
    position: row.position,
    number: row.number,
    text: JSON.parse(row.text),
    parts: partsSchema.parse(JSON.parse(row.parts)),
  };
}

function toQuestionnaire(row: Selectable<QuestionnairesTable>, questions: Question[]): Questionnaire {
  return {
    id: row.id,
    callId: row.call_id,
    position: row.position,
    stakeholderTypes: JSON.parse(row.stakeholder_types) as StakeholderType[],
    title: JSON.parse(row.title),
    intro: JSON.parse(row.intro),
    questions,
  };
}

export async function listCalls(db: Executor, statuses?: readonly CallStatus[]): Promise<Call[]> {
  let query = db.selectFrom('calls').selectAll().orderBy('deadline_at', 'desc');
  if (statuses) query = query.where('status', 'in', [...statuses]);
  return (await query.execute()).map(toCall);
}

export async function findCallBySlug(db: Executor, slug: string): Promise<Call | undefined> {
  const row = await db.selectFrom('calls').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && toCall(row);
}

export async function findCallById(db: Executor, id: string): Promise<Call | undefined> {
  const row = await db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCall(row);
}

export async function countCalls(db: Executor): Promise<number> {
  const row = await db.selectFrom('calls').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The call with its questionnaires and their questions, in order, in three queries whatever their number. */
export async function loadQuestionnaires(db: Executor, call: Call): Promise<CallWithQuestionnaires> {
  const questionnaireRows = await db.selectFrom('questionnaires').selectAll().where('call_id', '=', call.id).orderBy('position').execute();
  const ids = questionnaireRows.map((q) => q.id);
  const questionRows = ids.length
    ? await db.selectFrom('questions').selectAll().where('questionnaire_id', 'in', ids).orderBy('position').execute()
    : [];
  const questions = questionRows.map(toQuestion);
  return {
    ...call,
    questionnaires: questionnaireRows.map((row) => toQuestionnaire(row, questions.filter((q) => q.questionnaireId === row.id))),
  };
}

export async function insertCall(db: Executor, call: Call, now: string): Promise<void> {
  await db.insertInto('calls').values({ id: call.id, ...callColumns(call), submission_counter: 0, created_at: now, updated_at: now }).execute();
}

export async function updateCall(db: Executor, call: Call, now: string): Promise<void> {
  await db.updateTable('calls').set({ ...callColumns(call), updated_at: now }).where('id', '=', call.id).execute();
}

/** Which of a call's unique fields another call already uses. References embed the code, so it must be unique too. */
export async function takenCallFields(
  db: Executor, call: Pick<Call, 'slug' | 'referenceCode'>, exceptId?: string,
): Promise<{ slug: boolean; referenceCode: boolean }> {
  let query = db.selectFrom('calls').select(['slug', 'reference_code'])
    .where((eb) => eb.or([eb('slug', '=', call.slug), eb('reference_code', '=', call.referenceCode)]));
  if (exceptId) query = query.where('id', '!=', exceptId);
  const rows = await query.execute();
  return { slug: rows.some((r) => r.slug === call.slug), referenceCode: rows.some((r) => r.reference_code === call.referenceCode) };
}

export async function insertQuestionnaire(db: Executor, q: Omit<Questionnaire, 'questions'>): Promise<void> {
  await db.insertInto('questionnaires').values({
    id: q.id, call_id: q.callId, position: q.position, stakeholder_types: JSON.stringify(q.stakeholderTypes),
    title: JSON.stringify(q.title), intro: JSON.stringify(q.intro),
  }).execute();
}

export async function updateQuestionnaire(db: Executor, q: Omit<Questionnaire, 'questions' | 'position'>): Promise<void> {
  await db.updateTable('questionnaires').set({
    stakeholder_types: JSON.stringify(q.stakeholderTypes), title: JSON.stringify(q.title), intro: JSON.stringify(q.intro),
  }).where('id', '=', q.id).where('call_id', '=', q.callId).execute();
}

export async function deleteQuestionnaire(db: Executor, callId: string, questionnaireId: string): Promise<void> {
  await db.deleteFrom('questionnaires').where('id', '=', questionnaireId).where('call_id', '=', callId).execute();
}

export async function insertQuestion(db: Executor, question: Question): Promise<void> {
  await db.insertInto('questions').values({
    id: question.id, questionnaire_id: question.questionnaireId, position: question.position, number: question.number,
    text: JSON.stringify(question.text), parts: JSON.stringify(question.parts),
  }).execute();
}

export async function updateQuestion(db: Executor, question: Omit<Question, 'position'>): Promise<void> {
  await db.updateTable('questions').set({
    number: question.number, text: JSON.stringify(question.text), parts: JSON.stringify(question.parts),
  }).where('id', '=', question.id).where('questionnaire_id', '=', question.questionnaireId).execute();
}

export async function deleteQuestion(db: Executor, questionnaireId: string, questionId: string): Promise<void> {
  await db.deleteFrom('questions').where('id', '=', questionId).where('questionnaire_id', '=', questionnaireId).execute();
}

export async function setQuestionPosition(db: Executor, questionId: string, position: number): Promise<void> {
  await db.updateTable('questions').set({ position }).where('id', '=', questionId).execute();
}

/** A call's questionnaires without their questions, in order: enough to check who answers which. */
export async function listQuestionnaireHeads(db: Executor, callId: string): Promise<Omit<Questionnaire, 'questions'>[]> {
  const rows = await db.selectFrom('questionnaires').selectAll().where('call_id', '=', callId).orderBy('position').execute();
  return rows.map((row) => {
    const { questions: _questions, ...head } = toQuestionnaire(row, []);
    return head;
  });
}

export async function listQuestions(db: Executor, questionnaireId: string): Promise<Question[]> {
  const rows = await db.selectFrom('questions').selectAll().where('questionnaire_id', '=', questionnaireId).orderBy('position').orderBy('id').execute();
  return rows.map(toQuestion);
}

/**
 * Inputs made with a questionnaire, drafts included unless `submittedOnly`. Read here, beside the questionnaire,
 * because it decides whether staff may delete it.
 */
export async function countInputsForQuestionnaire(db: Executor, questionnaireId: string, options: { submittedOnly?: boolean } = {}): Promise<number> {
  let query = db.selectFrom('submissions').select((eb) => eb.fn.countAll<number>().as('n')).where('questionnaire_id', '=', questionnaireId);
  if (options.submittedOnly) query = query.where('status', '=', 'submitted');
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/**
 * Takes the next input number of a call atomically: the increment and the read are one statement, so two
 * instances on one PostgreSQL never hand out the same reference.
 */
export async function takeNextSubmissionNumber(trx: Transaction, callId: string): Promise<number> {
  const row = await trx
    .updateTable('calls')
    .set((eb) => ({ submission_counter: eb('submission_counter', '+', 1) }))
    .where('id', '=', callId)
    .returning('submission_counter')
    .executeTakeFirstOrThrow();
  return Number(row.submission_counter);
}
