// The second step of a member's sign-in, after the password: a passkey, or a code from an authenticator app, whichever
// the member set up, or one of their recovery codes. The pending sign-in lives in this process's memory
// (member-keyring.ts).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { safeLocalPath } from '../../http/locale.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { SignInCodeView } from '../accounts/index.ts';
import { completeMemberSignIn, type SecondStepOutcome } from './complete-sign-in.ts';
import { memberKeyringsOf } from './member-keyring.ts';
import { clearMemberPendingCookie, memberPendingHash, setMemberSessionCookie } from './member-sessions.ts';
import { completePasskeySignIn, secondStepFor } from './passkey-sign-in.ts';
import { SecondFactorView } from './views/second-factor-view.tsx';
import { MemberSignInView } from './views/sign-in-view.tsx';

type NextQuery = { Querystring: { next?: string } };

export function secondFactorRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock, config } = deps;
  const signIn = { db, keyrings: memberKeyringsOf(deps), config };
  const secure = config.baseUrl.startsWith('https://');
  const nextOf = (request: FastifyRequest<NextQuery>) => safeLocalPath(request.query.next, '/account');

  async function render(request: FastifyRequest<NextQuery>, reply: FastifyReply, errors: FieldErrors, status = 200) {
    const next = nextOf(request);
    const step = await secondStepFor(signIn, memberPendingHash(request), clock.now());
    if (!step) return reply.redirect(`/sign-in?next=${encodeURIComponent(next)}`, 303);
    const { t } = request.i18n;
    if (!step.passkeyOptions) return reply.page(t('accounts.code-title'), <SignInCodeView next={next} errors={errors} signInPath="/sign-in" />, { status });
    return reply.page(t('members.second-step-title'), (
      <SecondFactorView next={next} passkeyOptions={step.passkeyOptions} totp={step.totp} recoveryCodes={step.recoveryCodes} errors={errors} />
    ), { status });
  }

  /** A wrong answer shows the step again with the attempts left beside the field answered; the rest ends the step. */
  async function settle(request: FastifyRequest<NextQuery>, reply: FastifyReply, outcome: SecondStepOutcome, field: 'code' | 'passkey', key: string) {
    if (outcome.kind === 'refused') return render(request, reply, { [field]: { key, values: { left: outcome.attemptsLeft } } }, 422);
    clearMemberPendingCookie(reply, secure);
    if (outcome.kind === 'expired') {
      return reply.page(request.i18n.t('members.sign-in-title'), (
        <MemberSignInView next={nextOf(request)} email="" errors={{ email: { key: 'accounts.error-code-expired' } }} />
      ), { status: 422 });
    }
    setMemberSessionCookie(reply, outcome.sessionToken, secure);
    return reply.redirect(nextOf(request), 303);
  }

  return async (app) => {
    app.get<NextQuery>('/sign-in/code', async (request, reply) => render(request, reply, {}));

    app.post<NextQuery>('/sign-in/code', { preHandler: app.csrfProtection }, async (request, reply) => {
      const outcome = await completeMemberSignIn(signIn, memberPendingHash(request), formText(request.body, 'code'), clock.now());
      return settle(request, reply, outcome, 'code', 'accounts.error-code-wrong-attempts');
    });

    app.post<NextQuery>('/sign-in/passkey', { preHandler: app.csrfProtection }, async (request, reply) => {
      const outcome = await completePasskeySignIn(signIn, memberPendingHash(request), formText(request.body, 'response'), clock.now());
      return settle(request, reply, outcome, 'passkey', 'members.error-passkey-attempts');
    });
  };
}
