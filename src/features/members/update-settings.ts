// The member's own settings: the name others see and at-risk mode.
import type { Db } from '../../db/database.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { displayNameProblem } from './join-form.ts';
import { updateMemberSettings } from './members.repository.ts';

export interface SettingsForm {
  displayName: string;
  atRisk: boolean;
}

export async function updateSettings(db: Db, memberId: string, form: SettingsForm): Promise<{ kind: 'invalid'; errors: FieldErrors } | { kind: 'saved' }> {
  const problem = displayNameProblem(form.displayName);
  if (problem) return { kind: 'invalid', errors: { displayName: problem } };
  await updateMemberSettings(db, memberId, { displayName: form.displayName.trim(), atRisk: form.atRisk });
  return { kind: 'saved' };
}
