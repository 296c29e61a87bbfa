// Forgotten passwords: ask for a link by email, then choose a new password from it (and get new pseudonyms).
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { memberKeyringsOf } from './member-keyring.ts';
import { requestPasswordReset, resetLinkUsable, resetPassword } from './reset-password.ts';
import { ForgotPasswordView, LinkExpiredView, ResetPasswordView } from './views/password-views.tsx';

type TokenParams = { Params: { token: string } };

export function passwordResetRoutes(deps: AppDeps): FastifyPluginAsync {
  const { clock } = deps;
  const keyrings = memberKeyringsOf(deps);
  return async (app) => {
    app.get<{ Querystring: { sent?: string } }>('/sign-in/forgot', async (request, reply) => {
      return reply.page(request.i18n.t('members.forgot-title'), <ForgotPasswordView sent={request.query.sent === '1'} />);
    });

    app.post('/sign-in/forgot', { preHandler: app.csrfProtection }, async (request, reply) => {
      await requestPasswordReset(deps, request.i18n, formText(request.body, 'email'), clock.now(), (error) => {
        request.log.warn({ err: error }, 'password reset mail could not be sent');
      });
      return reply.redirect('/sign-in/forgot?sent=1', 303);
    });

    app.get<TokenParams>('/sign-in/reset/:token', async (request, reply) => {
      if (!(await resetLinkUsable(deps, request.params.token, clock.now()))) {
        return reply.page(request.i18n.t('members.link-expired-title'), <LinkExpiredView />, { status: 404 });
      }
      return reply.page(request.i18n.t('members.reset-title'), <ResetPasswordView action={request.url} errors={{}} />);
    });

    app.post<TokenParams>('/sign-in/reset/:token', { preHandler: app.csrfProtection }, async (request, reply) => {
      const form = { password: formText(request.body, 'password'), confirm: formText(request.body, 'confirm') };
      const outcome = await resetPassword(deps, keyrings, request.params.token, form, clock.now());
      if (outcome.kind === 'invalid-link') {
        return reply.page(request.i18n.t('members.link-expired-title'), <LinkExpiredView />, { status: 404 });
      }
      if (outcome.kind === 'invalid') {
        return reply.page(request.i18n.t('members.reset-title'), <ResetPasswordView action={request.url} errors={outcome.errors} />, { status: 422 });
      }
      // No session from the link alone: the member signs in with the new password (and their second factor, if on).
      return reply.redirect('/sign-in?reset=1', 303);
    });
  };
}
