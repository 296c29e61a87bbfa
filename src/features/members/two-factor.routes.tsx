// Setting up and removing a member's optional TOTP second factor.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { requireMember } from './member-identity.tsx';
import { accountWithNotice as notice } from './views/account-view.tsx';
import { showRecoveryCodesOnce } from './recovery-codes.routes.tsx';
import { confirmMemberTwoFactor, disableMemberTwoFactor, memberTwoFactorSetup } from './set-up-two-factor.ts';
import { MemberTwoFactorView } from './views/two-factor-views.tsx';

export function memberTwoFactorRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock, config } = deps;

  async function render(request: FastifyRequest, reply: FastifyReply, errors: FieldErrors, status = 200) {
    const member = request.member!;
    // The authenticator app shows the chosen display name, not the email address, to whoever holds the phone.
    const setup = await memberTwoFactorSetup(db, config.sessionSecret, member.id, member.displayName);
    return reply.page(request.i18n.t('accounts.two-factor-title'), <MemberTwoFactorView setup={setup} errors={errors} />, { status });
  }

  return async (app) => {
    app.get('/account/two-factor', { preHandler: requireMember() }, async (request, reply) => render(request, reply, {}));

    app.post('/account/two-factor', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const outcome = await confirmMemberTwoFactor(db, config.sessionSecret, request.member!.id, formText(request.body, 'code'), clock.now());
      if (outcome.kind === 'invalid') return render(request, reply, outcome.errors, 422);
      // Already on, or the member keeps the codes a passkey brought: the page says it is on, with the codes left.
      if (!outcome.recoveryCodes.length) return reply.redirect('/account/two-factor', 303);
      return showRecoveryCodesOnce(request, reply, outcome.recoveryCodes, '/account', 'member-app');
    });

    app.post('/account/two-factor/disable', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const outcome = await disableMemberTwoFactor(db, request.member!.id, formText(request.body, 'password'));
      if (outcome.kind === 'invalid') return render(request, reply, outcome.errors, 422);
      return reply.redirect(notice('two-factor-disabled'), 303);
    });
  };
}
