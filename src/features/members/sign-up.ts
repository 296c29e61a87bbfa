// Joining the network. The answer is the same whether or not the address already has an account (that owner gets
// an email instead), so the form cannot be used to learn who is a member; both paths pay the same argon2id work.
import type { AppDeps } from '../../deps.ts';
import type { Translator } from '../../i18n/translator.ts';
import { newId } from '../../platform/tokens.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { hashPassword, normaliseEmail } from '../accounts/index.ts';
import { joinFormErrors, type JoinForm } from './join-form.ts';
import { issueEmailLink, sendMemberMail, type MemberMail } from './member-mail.ts';
import { findMemberByEmail, insertMember } from './members.repository.ts';
import { newPseudonymSecret, wrapPseudonymSecret } from './pseudonym-secret.ts';

export type SignUpOutcome = { kind: 'invalid'; errors: FieldErrors } | { kind: 'done'; mailSent: boolean };

export async function signUp(deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>, i18n: Translator, form: JoinForm, now: Date): Promise<SignUpOutcome> {
  const errors = joinFormErrors(form);
  if (Object.keys(errors).length) return { kind: 'invalid', errors };
  const email = normaliseEmail(form.email);
  const id = newId();
  const [passwordHash, wrappedSecret] = await Promise.all([
    hashPassword(form.password), wrapPseudonymSecret(newPseudonymSecret(), form.password, id),
  ]);
  let mail: MemberMail;
  if (await findMemberByEmail(deps.db, email)) {
    mail = { to: email, kind: 'already-member', link: `${deps.config.baseUrl}/sign-in` };
  } else {
    const link = await deps.db.transaction().execute(async (trx) => {
      await insertMember(trx, { id, email, displayName: form.displayName.trim(), passwordHash, atRisk: form.atRisk, wrappedSecret }, now.toISOString());
      return issueEmailLink(trx, deps.config.baseUrl, id, 'confirm-email', now);
    });
    mail = { to: email, kind: 'confirm', link };
  }
  try {
    await sendMemberMail(deps.mailer, i18n, mail);
    return { kind: 'done', mailSent: true };
  } catch {
    // The account stands either way; the member can ask for the confirmation again from their account page.
    return { kind: 'done', mailSent: false };
  }
}
