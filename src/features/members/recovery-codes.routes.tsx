// Recovery codes under /account/recovery-codes: how many are left, and a new set in place of the old (with the
// password). Also the one way any account page shows a fresh set.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { RecoveryCodesView, type RecoveryCodesOccasion } from '../accounts/index.ts';
import { requireMember } from './member-identity.tsx';
import { recoveryCodesStatus, regenerateRecoveryCodes } from './regenerate-recovery-codes.ts';
import { MemberRecoveryCodesView } from './views/recovery-codes-view.tsx';

/** Shown in this response only (no redirect): the codes are stored hashed and can never be shown again. */
export function showRecoveryCodesOnce(
  request: FastifyRequest, reply: FastifyReply, codes: string[], next: string, occasion: RecoveryCodesOccasion,
) {
  return reply.page(request.i18n.t('accounts.recovery-title'), <RecoveryCodesView codes={codes} next={next} occasion={occasion} />);
}

export function recoveryCodesRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  const path = '/account/recovery-codes';

  async function render(request: FastifyRequest, reply: FastifyReply, errors: FieldErrors, status = 200) {
    const codes = await recoveryCodesStatus(db, request.member!.id);
    return reply.page(request.i18n.t('members.recovery-codes-title'), <MemberRecoveryCodesView status={codes} errors={errors} />, { status });
  }

  return async (app) => {
    app.get(path, { preHandler: requireMember() }, async (request, reply) => render(request, reply, {}));

    app.post(path, { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const outcome = await regenerateRecoveryCodes(db, request.member!.id, formText(request.body, 'password'));
      if (outcome.kind === 'invalid') return render(request, reply, outcome.errors, 422);
      // The last factor went in another tab: the page now says codes come with a second step.
      if (outcome.kind === 'no-factor') return reply.redirect(path, 303);
      return showRecoveryCodesOnce(request, reply, outcome.recoveryCodes, path, 'replaced');
    });
  };
}
