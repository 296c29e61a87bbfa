// Reading moderation forms into checked values. Each field has its own name across the case page's several forms,
// so a refused form re-renders with its errors beside its own fields and what was typed kept.
import type { FieldErrors } from '../../views/form.tsx';
import { isModerationReason, moderationLimits, type ModerationReason } from './moderation.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function checkNote(errors: FieldErrors, field: string, text: string, required: boolean, max: number = moderationLimits.noteMaxChars): string | null {
  const note = text.trim();
  if (required && note === '') errors[field] = { key: 'moderation.error-note-required' };
  else if (note.length > max) errors[field] = { key: 'moderation.error-too-long', values: { max } };
  return note === '' ? null : note;
}

function checkReason(errors: FieldErrors, field: string, value: string): ModerationReason {
  if (!isModerationReason(value)) errors[field] = { key: 'moderation.error-reason-required' };
  return value as ModerationReason;
}

const outcome = <T>(errors: FieldErrors, value: T): Checked<T> => (Object.keys(errors).length ? { ok: false, errors } : { ok: true, value });

/** A report, and a hiding: a reason from the list and an optional note. */
export function checkReasonAndNote(typed: { reason: string; note: string }, fields = { reason: 'reason', note: 'note' }): Checked<{ reason: ModerationReason; note: string | null }> {
  const errors: FieldErrors = {};
  const reason = checkReason(errors, fields.reason, typed.reason);
  const note = checkNote(errors, fields.note, typed.note, false);
  return outcome(errors, { reason, note });
}

/** A note alone: required to restore (say why the decision changed), optional to dismiss. */
export function checkNoteField(field: string, typed: string, required: boolean): Checked<string | null> {
  const errors: FieldErrors = {};
  const note = checkNote(errors, field, typed, required);
  return outcome(errors, note);
}

/** A posting block: a reason, an optional last day (YYYY-MM-DD, after today) and an optional note. */
export function checkBlockForm(typed: { reason: string; endsOn: string; note: string }, today: string): Checked<{ reason: ModerationReason; endsAt: string | null; note: string | null }> {
  const errors: FieldErrors = {};
  const reason = checkReason(errors, 'blockReason', typed.reason);
  const note = checkNote(errors, 'blockNote', typed.note, false);
  const endsOn = typed.endsOn.trim();
  let endsAt: string | null = null;
  if (endsOn !== '') {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(endsOn) ? new Date(`${endsOn}T00:00:00.000Z`) : null;
    if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== endsOn) errors.blockEndsOn = { key: 'moderation.error-date-invalid' };
    else if (endsOn <= today) errors.blockEndsOn = { key: 'moderation.error-date-past' };
    // The block lasts through the last day named (UTC), so it ends at the start of the next.
    else endsAt = new Date(day.getTime() + 86_400_000).toISOString();
  }
  return outcome(errors, { reason, endsAt, note });
}

export function checkAppealStatement(typed: string): Checked<string> {
  const errors: FieldErrors = {};
  const statement = checkNote(errors, 'statement', typed, true, moderationLimits.appealMaxChars);
  return outcome(errors, statement ?? '');
}

export function checkAppealDecision(typed: { outcome: string; note: string }): Checked<{ outcome: 'restored' | 'upheld'; note: string }> {
  const errors: FieldErrors = {};
  if (typed.outcome !== 'restored' && typed.outcome !== 'upheld') errors.outcome = { key: 'moderation.error-outcome-required' };
  const note = checkNote(errors, 'decisionNote', typed.note, true);
  return outcome(errors, { outcome: typed.outcome as 'restored' | 'upheld', note: note ?? '' });
}
