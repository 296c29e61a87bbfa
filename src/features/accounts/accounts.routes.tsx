// Staff sign-in (password, then a code for members with a second factor), sign-out, account setup from a one-time
// link and password change; the members, two-factor and call-recipient pages are registered from here too.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { safeLocalPath } from '../../http/locale.ts';
import { callRecipientsRoutes } from './call-recipients.routes.tsx';
import { changePassword } from './change-password.ts';
import { completeSignIn } from './complete-sign-in.ts';
import { keyAtHand } from './key-at-hand.ts';
import { createStaffAccount, usableSetup } from './create-staff-account.ts';
import { membersRoutes } from './members.routes.tsx';
import { keyringsOf } from './session-keyring.ts';
import { clearPendingCookie, clearSessionCookie, pendingTokenHash, sessionTokenHash, setPendingCookie, setSessionCookie } from './sessions.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { requireStaff } from './staff-identity.tsx';
import { twoFactorRoutes } from './two-factor.routes.tsx';
import { PasswordView } from './views/password-view.tsx';
import { SetupView } from './views/setup-view.tsx';
import { SignInCodeView } from './views/sign-in-code-view.tsx';
import { SignInView } from './views/sign-in-view.tsx';

type TokenParams = { Params: { token: string } };
type NextQuery = { Querystring: { next?: string } };

export function accountsRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock, config } = deps;
  const keyrings = keyringsOf(deps);
  const secure = config.baseUrl.startsWith('https://');
  const sessionHours = config.limits.staffSessionHours;
  const enrolThen = (next: string) => `/staff/two-factor?next=${encodeURIComponent(next)}`;

  return async (app) => {
    app.get<TokenParams>('/staff/setup/:token', async (request, reply) => {
      const setup = await usableSetup(db, request.params.token, clock.now());
      if (!setup) return reply.callNotFound();
      const invitedEmail = setup.invitation?.email ?? null;
      return reply.page(request.i18n.t('accounts.setup-title'), (
        <SetupView action={request.url} invitedEmail={invitedEmail} values={{ displayName: '', email: '' }} errors={{}} />
      ));
    });

    app.post<TokenParams>('/staff/setup/:token', { preHandler: app.csrfProtection }, async (request, reply) => {
      const form = {
        displayName: formText(request.body, 'displayName'), email: formText(request.body, 'email'),
        password: formText(request.body, 'password'), confirm: formText(request.body, 'confirm'),
      };
      const outcome = await createStaffAccount(db, keyrings, request.params.token, form, clock.now(), sessionHours);
      if (outcome.kind === 'invalid-link') return reply.callNotFound();
      if (outcome.kind === 'invalid') {
        const setup = await usableSetup(db, request.params.token, clock.now());
        return reply.page(request.i18n.t('accounts.setup-title'), (
          <SetupView action={request.url} invitedEmail={setup?.invitation?.email ?? null} values={form} errors={outcome.errors} />
        ), { status: 422 });
      }
      setSessionCookie(reply, outcome.sessionToken, secure);
      return reply.redirect(outcome.mustEnrol ? enrolThen('/staff') : '/staff', 303);
    });

    app.get<NextQuery>('/staff/sign-in', async (request, reply) => {
      const next = safeLocalPath(request.query.next, '/staff');
      if (request.staff) return reply.redirect(next, 303);
      return reply.page(request.i18n.t('accounts.sign-in-title'), <SignInView next={next} email="" errors={{}} />);
    });

    app.post<NextQuery>('/staff/sign-in', { preHandler: app.csrfProtection }, async (request, reply) => {
      const next = safeLocalPath(request.query.next, '/staff');
      const email = formText(request.body, 'email');
      const outcome = await signIn(db, keyrings, { email, password: formText(request.body, 'password') }, clock.now(), sessionHours);
      if (outcome.kind === 'refused') {
        return reply.page(request.i18n.t('accounts.sign-in-title'), (
          <SignInView next={next} email={email} errors={{ email: { key: 'accounts.error-sign-in' } }} />
        ), { status: 422 });
      }
      if (outcome.kind === 'code-needed') {
        setPendingCookie(reply, outcome.pendingToken, secure);
        return reply.redirect(`/staff/sign-in/code?next=${encodeURIComponent(next)}`, 303);
      }
      setSessionCookie(reply, outcome.sessionToken, secure);
      return reply.redirect(outcome.mustEnrol ? enrolThen(next) : next, 303);
    });

    app.get<NextQuery>('/staff/sign-in/code', async (request, reply) => {
      const next = safeLocalPath(request.query.next, '/staff');
      const pending = pendingTokenHash(request);
      if (!pending || !keyrings.pending.get(pending, clock.now())) return reply.redirect(`/staff/sign-in?next=${encodeURIComponent(next)}`, 303);
      return reply.page(request.i18n.t('accounts.code-title'), <SignInCodeView next={next} errors={{}} />);
    });

    app.post<NextQuery>('/staff/sign-in/code', { preHandler: app.csrfProtection }, async (request, reply) => {
      const next = safeLocalPath(request.query.next, '/staff');
      const outcome = await completeSignIn(db, keyrings, pendingTokenHash(request), formText(request.body, 'code'), clock.now(), sessionHours);
      if (outcome.kind === 'wrong-code') {
        const errors = { code: { key: 'accounts.error-code-wrong-attempts', values: { left: outcome.attemptsLeft } } };
        return reply.page(request.i18n.t('accounts.code-title'), <SignInCodeView next={next} errors={errors} />, { status: 422 });
      }
      clearPendingCookie(reply, secure);
      if (outcome.kind === 'expired') {
        return reply.page(request.i18n.t('accounts.sign-in-title'), (
          <SignInView next={next} email="" errors={{ email: { key: 'accounts.error-code-expired' } }} />
        ), { status: 422 });
      }
      setSessionCookie(reply, outcome.sessionToken, secure);
      await keyAtHand(deps, { userId: outcome.userId, privateKey: outcome.privateKey }, request.log);
      return reply.redirect(next, 303);
    });

    // Works without a live session too: signing out must never fail, even after the session expired.
    app.post('/staff/sign-out', { preHandler: app.csrfProtection }, async (request, reply) => {
      await signOut(db, keyrings, sessionTokenHash(request), request.staff?.id ?? null, clock.now());
      clearSessionCookie(reply, secure);
      // "Sign in again" (a key missing after a restart) leads straight back to the sign-in form.
      const then = formText(request.body, 'again') === '1' ? '/staff/sign-in' : '/';
      return reply.header('Clear-Site-Data', '"cookies", "storage"').redirect(then, 303);
    });

    app.get<{ Querystring: { changed?: string } }>('/staff/password', { preHandler: requireStaff() }, async (request, reply) => {
      return reply.page(request.i18n.t('accounts.password-title'), <PasswordView errors={{}} changed={request.query.changed === '1'} />);
    });

    app.post('/staff/password', { preHandler: [requireStaff(), app.csrfProtection] }, async (request, reply) => {
      const form = { current: formText(request.body, 'current'), password: formText(request.body, 'password'), confirm: formText(request.body, 'confirm') };
      const outcome = await changePassword(db, keyrings, request.staff!.id, sessionTokenHash(request) ?? '', form, clock.now());
      if (outcome.kind === 'invalid') {
        return reply.page(request.i18n.t('accounts.password-title'), <PasswordView errors={outcome.errors} changed={false} />, { status: 422 });
      }
      return reply.redirect('/staff/password?changed=1', 303);
    });

    await app.register(twoFactorRoutes(deps));
    await app.register(membersRoutes(deps));
    await app.register(callRecipientsRoutes(deps));
  };
}
