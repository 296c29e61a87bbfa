// A call's published inputs as one CSV row each. Answers are one column per question ("q1", "q2"…); a call with
// several questionnaires (one for States, one for civil society) numbers its questions separately, so there the
// columns say which questionnaire they belong to ("qn2.q1") and never mix two different questions in one column.
// A cell holds the answer's parts one per line: choice keys (their labels in every language are in the JSON),
// countries as alpha-2 codes, yes/no, the texts; multi-valued columns separate values with "; ".
import type { Questionnaire } from '../calls/index.ts';
import type { CsvValue } from './csv.ts';
import type { OpenInput, OpenPartAnswer } from './open-input.ts';

const fixedColumns = [
  'reference', 'url', 'stakeholder_type', 'display_name', 'countries', 'regional_groups', 'language', 'published_on',
  'questionnaire', 'co_signers', 'attachments',
] as const;

interface QuestionColumn {
  name: string;
  questionnaire: number;
  question: string;
}

function questionColumns(questionnaires: readonly Questionnaire[]): QuestionColumn[] {
  const several = questionnaires.length > 1;
  return questionnaires.flatMap((questionnaire, i) => questionnaire.questions.map((q) => ({
    name: several ? `qn${i + 1}.q${q.number}` : `q${q.number}`, questionnaire: i + 1, question: q.number,
  })));
}

function partCell(part: OpenPartAnswer): string[] {
  const lines: string[] = [];
  if (part.yes_no) lines.push(part.yes_no);
  if (part.choices.length) lines.push(part.choices.map((c) => c.key).join('; '));
  if (part.other) lines.push(`other: ${part.other}`);
  if (part.countries.length) lines.push(part.countries.join('; '));
  if (part.text) lines.push(part.text);
  if (part.details) lines.push(`details: ${part.details}`);
  return lines;
}

function answerCell(input: OpenInput, column: QuestionColumn): string | null {
  if (input.questionnaire !== column.questionnaire) return null;
  const answer = input.answers.find((a) => a.question === column.question);
  if (!answer) return null;
  const several = answer.parts.length > 1;
  const lines = answer.parts.flatMap((part) => partCell(part).map((line) => (several ? `[${part.key}] ${line}` : line)));
  return lines.length ? lines.join('\n') : null;
}

export function inputsCsvTable(inputs: readonly OpenInput[], questionnaires: readonly Questionnaire[]): { header: string[]; rows: CsvValue[][] } {
  const columns = questionColumns(questionnaires);
  const rows = inputs.map((input) => [
    input.reference, input.url, input.stakeholder_type, input.display_name, input.countries.join('; '), input.regional_groups.join('; '),
    input.language, input.published_on, input.questionnaire, input.co_signers.join('; '), input.attachments.map((a) => a.url).join(' '),
    ...columns.map((column) => answerCell(input, column)),
  ]);
  return { header: [...fixedColumns, ...columns.map((c) => c.name)], rows };
}
