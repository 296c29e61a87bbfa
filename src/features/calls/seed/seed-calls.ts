// Seeds the HRC56 call for inputs and a demonstration call on first start, so a fresh platform shows a real call
// and a call anyone can try. Runs at every start; does nothing once any call exists.
import type { Db } from '../../../db/database.ts';
import { newId } from '../../../platform/tokens.ts';
import { countCalls, insertCall, insertQuestion, insertQuestionnaire } from '../calls.repository.ts';
import type { SeedCall } from './builders.ts';
import { demoCall } from './demo.ts';
import { hrc56 } from './hrc56.ts';

export function seedContent(now: Date): SeedCall[] {
  return [hrc56, demoCall(now)];
}

export async function seedCalls(db: Db, now: Date): Promise<{ created: number }> {
  if ((await countCalls(db)) > 0) return { created: 0 };
  const seeds = seedContent(now);
  try {
    await db.transaction().execute(async (trx) => {
      for (const seed of seeds) {
        const callId = newId();
        await insertCall(trx, { id: callId, ...seed.call }, now.toISOString());
        for (const [qIndex, questionnaire] of seed.questionnaires.entries()) {
          const questionnaireId = newId();
          const { questions, ...fields } = questionnaire;
          await insertQuestionnaire(trx, { id: questionnaireId, callId, position: qIndex, ...fields });
          for (const [position, question] of questions.entries()) {
            await insertQuestion(trx, { id: newId(), questionnaireId, position, ...question });
          }
        }
      }
    });
  } catch (error) {
    // Two instances starting together on one PostgreSQL: the second finds the first one's calls and stands down.
    if ((await countCalls(db)) > 0) return { created: 0 };
    throw error;
  }
  return { created: seeds.length };
}
