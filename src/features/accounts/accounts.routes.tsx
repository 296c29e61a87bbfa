// Staff sign-in, sign-out, account setup from a one-time link, password change and inviting colleagues.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { safeLocalPath } from '../../http/locale.ts';
import { changePassword } from './change-password.ts';
import { createStaffAccount, usableSetup } from './create-staff-account.ts';
import { formText } from '../../http/form-fields.ts';
import { inviteColleague } from './invite-colleague.ts';
import { listStaffUsers } from './accounts.repository.ts';
import { clearSessionCookie, sessionTokenHash, setSessionCookie } from './sessions.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { requireStaff } from './staff-identity.tsx';
import { signInRateLimit } from './staff.ts';
import { MembersView } from './views/members-view.tsx';
import { PasswordView } from './views/password-view.tsx';
import { SetupView } from './views/setup-view.tsx';
import { SignInView } from './views/sign-in-view.tsx';

type TokenParams = { Params: { token: string } };
type NextQuery = { Querystring: { next?: string } };

export function accountsRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock, config } = deps;
  const secure = config.baseUrl.startsWith('https://');
  const sessionHours = config.limits.staffSessionHours;

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
      const outcome = await createStaffAccount(db, request.params.token, form, clock.now(), sessionHours);
      if (outcome.kind === 'invalid-link') return reply.callNotFound();
      if (outcome.kind === 'invalid') {
        const setup = await usableSetup(db, request.params.token, clock.now());
        return reply.page(request.i18n.t('accounts.setup-title'), (
          <SetupView action={request.url} invitedEmail={setup?.invitation?.email ?? null} values={form} errors={outcome.errors} />
        ), { status: 422 });
      }
      setSessionCookie(reply, outcome.sessionToken, secure);
      return reply.redirect('/staff', 303);
    });

    app.get<NextQuery>('/staff/sign-in', async (request, reply) => {
      const next = safeLocalPath(request.query.next, '/staff');
      if (request.staff) return reply.redirect(next, 303);
      return reply.page(request.i18n.t('accounts.sign-in-title'), <SignInView next={next} email="" errors={{}} />);
    });

    app.post<NextQuery>('/staff/sign-in', { preHandler: app.csrfProtection, config: { rateLimit: signInRateLimit } }, async (request, reply) => {
      const next = safeLocalPath(request.query.next, '/staff');
      const email = formText(request.body, 'email');
      const signedIn = await signIn(db, { email, password: formText(request.body, 'password') }, clock.now(), sessionHours);
      if (!signedIn) {
        return reply.page(request.i18n.t('accounts.sign-in-title'), (
          <SignInView next={next} email={email} errors={{ email: { key: 'accounts.error-sign-in' } }} />
        ), { status: 422 });
      }
      setSessionCookie(reply, signedIn.sessionToken, secure);
      return reply.redirect(next, 303);
    });

    // Works without a live session too: signing out must never fail, even after the session expired.
    app.post('/staff/sign-out', { preHandler: app.csrfProtection }, async (request, reply) => {
      await signOut(db, sessionTokenHash(request));
      clearSessionCookie(reply, secure);
      return reply.header('Clear-Site-Data', '"cookies", "storage"').redirect('/', 303);
    });

    app.get<{ Querystring: { changed?: string } }>('/staff/password', { preHandler: requireStaff() }, async (request, reply) => {
      return reply.page(request.i18n.t('accounts.password-title'), <PasswordView errors={{}} changed={request.query.changed === '1'} />);
    });

    app.post('/staff/password', { preHandler: [requireStaff(), app.csrfProtection] }, async (request, reply) => {
      const form = { current: formText(request.body, 'current'), password: formText(request.body, 'password'), confirm: formText(request.body, 'confirm') };
      const outcome = await changePassword(db, request.staff!.id, sessionTokenHash(request) ?? '', form, clock.now());
      if (outcome.kind === 'invalid') {
        return reply.page(request.i18n.t('accounts.password-title'), <PasswordView errors={outcome.errors} changed={false} />, { status: 422 });
      }
      return reply.redirect('/staff/password?changed=1', 303);
    });

    app.get('/staff/members', { preHandler: requireStaff(['admin']) }, async (request, reply) => {
      const members = await listStaffUsers(db);
      return reply.page(request.i18n.t('accounts.members-title'), (
        <MembersView members={members} values={{ email: '', role: 'staff' }} errors={{}} invitation={null} />
      ));
    });

    app.post('/staff/members', { preHandler: [requireStaff(['admin']), app.csrfProtection] }, async (request, reply) => {
      const form = { email: formText(request.body, 'email'), role: formText(request.body, 'role') };
      const outcome = await inviteColleague(db, form, clock.now(), config.limits.setupLinkHours);
      const members = await listStaffUsers(db);
      const title = request.i18n.t('accounts.members-title');
      if (outcome.kind === 'invalid') {
        return reply.page(title, <MembersView members={members} values={form} errors={outcome.errors} invitation={null} />, { status: 422 });
      }
      // Shown in this response only (no redirect): the link must not sit in a URL, a log or the database.
      const invitation = { link: `${config.baseUrl}${outcome.path}`, email: outcome.email, expiresAt: outcome.expiresAt };
      return reply.page(title, <MembersView members={members} values={{ email: '', role: 'staff' }} errors={{}} invitation={invitation} />);
    });
  };
}
