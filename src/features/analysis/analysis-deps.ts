// What analysis use cases need: the database and the clock (codings and quotes are dated to the day), plus the
// input as its key holder opened it (review's openInputFor), since nothing here can read an input without it.
import type { AppDeps } from '../../deps.ts';
import type { InputCipher, Submission } from '../submissions/index.ts';

export type AnalysisDeps = Pick<AppDeps, 'db' | 'clock'>;

export interface OpenedInput {
  input: Submission;
  cipher: InputCipher;
}
