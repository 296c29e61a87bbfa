// The HRC56 questionnaire for civil society as the app loads it (ids q1…q10), for tests and bench/letters.
import type { Questionnaire } from '../../calls/index.ts';
import { hrc56CivilSociety } from '../../calls/seed/hrc56-civil-society.ts';

export const hrc56Questionnaire: Questionnaire = {
  id: 'hrc56-civil-society',
  callId: 'hrc56',
  position: 0,
  stakeholderTypes: hrc56CivilSociety.stakeholderTypes,
  title: hrc56CivilSociety.title,
  intro: hrc56CivilSociety.intro,
  questions: hrc56CivilSociety.questions.map((q, position) => ({ ...q, id: `q${q.number}`, questionnaireId: 'hrc56-civil-society', position })),
};
