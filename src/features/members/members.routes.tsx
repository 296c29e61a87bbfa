// The member's way in and out: joining, signing in (the password here; second-factor.routes.tsx has the step after
// it for members with a second factor), signing out. Account pages are registered from here too.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { safeLocalPath } from '../../http/locale.ts';
import { accountRoutes } from './account.routes.tsx';
import { readJoinForm } from './join-form.ts';
import { memberKeyringsOf } from './member-keyring.ts';
import { clearMemberSessionCookie, memberSessionHash, setMemberPendingCookie, setMemberSessionCookie } from './member-sessions.ts';
import { passwordResetRoutes } from './password-reset.routes.tsx';
import { secondFactorRoutes } from './second-factor.routes.tsx';
import { signInMember } from './sign-in.ts';
import { signOutMember } from './sign-out.ts';
import { signUp } from './sign-up.ts';
import { CheckEmailView } from './views/check-email-view.tsx';
import { JoinView } from './views/join-view.tsx';
import { MemberSignInView } from './views/sign-in-view.tsx';

type NextQuery = { Querystring: { next?: string } };

export function membersRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock, config } = deps;
  const keyrings = memberKeyringsOf(deps);
  const signIn = { db, keyrings, config };
  const secure = config.baseUrl.startsWith('https://');

  return async (app) => {
    app.get('/join', async (request, reply) => {
      if (request.member) return reply.redirect('/account', 303);
      return reply.page(request.i18n.t('members.join-title'), <JoinView values={{ displayName: '', email: '', atRisk: false }} errors={{}} />);
    });

    app.post('/join', { preHandler: app.csrfProtection }, async (request, reply) => {
      const form = readJoinForm(request.body);
      const outcome = await signUp(deps, request.i18n, form, clock.now());
      if (outcome.kind === 'invalid') {
        return reply.page(request.i18n.t('members.join-title'), <JoinView values={form} errors={outcome.errors} />, { status: 422 });
      }
      if (!outcome.mailSent) request.log.warn('member mail could not be sent after joining');
      return reply.redirect('/join/check-email', 303);
    });

    app.get('/join/check-email', async (request, reply) => {
      return reply.page(request.i18n.t('members.check-email-title'), <CheckEmailView />);
    });

    app.get<NextQuery & { Querystring: { reset?: string } }>('/sign-in', async (request, reply) => {
      const next = safeLocalPath(request.query.next, '/account');
      if (request.member) return reply.redirect(next, 303);
      const notice = request.query.reset === '1' ? 'password-reset' : null;
      return reply.page(request.i18n.t('members.sign-in-title'), <MemberSignInView next={next} email="" errors={{}} notice={notice} />);
    });

    app.post<NextQuery>('/sign-in', { preHandler: app.csrfProtection }, async (request, reply) => {
      const next = safeLocalPath(request.query.next, '/account');
      const email = formText(request.body, 'email');
      const outcome = await signInMember(signIn, { email, password: formText(request.body, 'password') }, clock.now());
      if (outcome.kind === 'refused') {
        return reply.page(request.i18n.t('members.sign-in-title'), (
          <MemberSignInView next={next} email={email} errors={{ email: { key: 'members.error-sign-in' } }} />
        ), { status: 422 });
      }
      if (outcome.kind === 'code-needed') {
        setMemberPendingCookie(reply, outcome.pendingToken, secure);
        return reply.redirect(`/sign-in/code?next=${encodeURIComponent(next)}`, 303);
      }
      setMemberSessionCookie(reply, outcome.sessionToken, secure);
      return reply.redirect(next, 303);
    });

    // Works without a live session too: signing out must never fail, even after the session expired.
    app.post('/sign-out', { preHandler: app.csrfProtection }, async (request, reply) => {
      await signOutMember(db, keyrings, memberSessionHash(request));
      clearMemberSessionCookie(reply, secure);
      return reply.redirect('/', 303);
    });

    await app.register(secondFactorRoutes(deps));
    await app.register(passwordResetRoutes(deps));
    await app.register(accountRoutes(deps));
  };
}
