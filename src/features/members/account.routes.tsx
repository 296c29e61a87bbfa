// The signed-in member's own pages under /account: settings (name, at-risk mode), email confirmation, password.
// Two-factor, passkey, recovery code and reveal pages are registered from here too.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formFlag, formText } from '../../http/form-fields.ts';
import { changeMemberPassword } from './change-password.ts';
import { confirmEmail, confirmLinkUsable, resendConfirmation } from './confirm-email.ts';
import { memberSessionHashOf, requireMember } from './member-identity.tsx';
import { memberKeyringsOf } from './member-keyring.ts';
import { memberTwoFactorRoutes } from './two-factor.routes.tsx';
import { passkeyRoutes } from './passkeys.routes.tsx';
import { recoveryCodesRoutes } from './recovery-codes.routes.tsx';
import { revealRoutes } from './reveal.routes.tsx';
import { updateSettings } from './update-settings.ts';
import { AccountView, accountNotices, accountWithNotice as notice } from './views/account-view.tsx';
import { ChangePasswordView, ConfirmEmailView, LinkExpiredView } from './views/password-views.tsx';

type TokenParams = { Params: { token: string } };

export function accountRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock } = deps;
  const keyrings = memberKeyringsOf(deps);

  return async (app) => {
    app.get<{ Querystring: { notice?: string } }>('/account', { preHandler: requireMember() }, async (request, reply) => {
      const member = request.member!;
      const notice = accountNotices.find((n) => n === request.query.notice) ?? null;
      return reply.page(request.i18n.t('members.account-title'), <AccountView member={member} values={member} errors={{}} notice={notice} />);
    });

    app.post('/account', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const form = { displayName: formText(request.body, 'displayName'), atRisk: formFlag(request.body, 'atRisk') };
      const outcome = await updateSettings(db, request.member!.id, form);
      if (outcome.kind === 'invalid') {
        return reply.page(request.i18n.t('members.account-title'), (
          <AccountView member={request.member!} values={form} errors={outcome.errors} notice={null} />
        ), { status: 422 });
      }
      return reply.redirect(notice('saved'), 303);
    });

    // The link shows a button rather than confirming on GET: mail scanners open links without anyone reading them.
    app.get<TokenParams>('/account/confirm/:token', async (request, reply) => {
      if (!(await confirmLinkUsable(deps, request.params.token, clock.now()))) return expired(reply, request.i18n.t);
      return reply.page(request.i18n.t('members.confirm-title'), <ConfirmEmailView action={request.url} />);
    });

    app.post<TokenParams>('/account/confirm/:token', { preHandler: app.csrfProtection }, async (request, reply) => {
      if (!(await confirmEmail(deps, request.params.token, clock.now()))) return expired(reply, request.i18n.t);
      return reply.redirect(notice('email-confirmed'), 303);
    });

    app.post('/account/confirm', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      await resendConfirmation(deps, request.i18n, request.member!.id, clock.now());
      return reply.redirect(notice('confirmation-sent'), 303);
    });

    app.get('/account/password', { preHandler: requireMember() }, async (request, reply) => {
      return reply.page(request.i18n.t('members.password-title'), <ChangePasswordView errors={{}} />);
    });

    app.post('/account/password', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const form = { current: formText(request.body, 'current'), password: formText(request.body, 'password'), confirm: formText(request.body, 'confirm') };
      const outcome = await changeMemberPassword(db, keyrings, request.member!.id, memberSessionHashOf(request) ?? '', form, clock.now());
      if (outcome.kind === 'invalid') {
        return reply.page(request.i18n.t('members.password-title'), <ChangePasswordView errors={outcome.errors} />, { status: 422 });
      }
      return reply.redirect(notice('password-changed'), 303);
    });

    await app.register(memberTwoFactorRoutes(deps));
    await app.register(passkeyRoutes(deps));
    await app.register(recoveryCodesRoutes(deps));
    await app.register(revealRoutes(deps));
  };
}

function expired(reply: FastifyReply, t: (key: string) => string) {
  return reply.page(t('members.link-expired-title'), <LinkExpiredView />, { status: 404 });
}
