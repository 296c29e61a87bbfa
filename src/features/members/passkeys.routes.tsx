// A member's passkeys under /account/passkeys: the list, adding one (the page's script asks the browser, the form
// posts its answer; a first factor's recovery codes are shown in that answer), removing one (the last second factor
// only with the password).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { addPasskey, passkeyCreationOptions } from './add-passkey.ts';
import { memberSessionHashOf, requireMember } from './member-identity.tsx';
import { memberKeyringsOf } from './member-keyring.ts';
import { showRecoveryCodesOnce } from './recovery-codes.routes.tsx';
import { memberPasskeys, removePasskey } from './remove-passkey.ts';
import { PasskeysView, passkeyNotices, type PasskeyNotice } from './views/passkeys-view.tsx';

export function passkeyRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock, config } = deps;
  const signIn = { db, keyrings: memberKeyringsOf(deps), config };
  const added = '/account/passkeys?notice=added';

  async function render(request: FastifyRequest, reply: FastifyReply, name: string, errors: FieldErrors, notice: PasskeyNotice | null, status = 200) {
    const member = request.member!;
    const { t } = request.i18n;
    const [listed, creationOptions] = await Promise.all([
      memberPasskeys(db, member.id),
      passkeyCreationOptions(signIn, member, memberSessionHashOf(request) ?? '', t('common.platform-name'), clock.now()),
    ]);
    return reply.page(t('members.passkeys-title'), <PasskeysView {...listed} creationOptions={creationOptions} name={name} errors={errors} notice={notice} />, { status });
  }

  return async (app) => {
    app.get<{ Querystring: { notice?: string } }>('/account/passkeys', { preHandler: requireMember() }, async (request, reply) => {
      return render(request, reply, '', {}, passkeyNotices.find((n) => n === request.query.notice) ?? null);
    });

    app.post('/account/passkeys', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const form = { name: formText(request.body, 'name'), response: formText(request.body, 'response') };
      const outcome = await addPasskey(signIn, request.member!.id, memberSessionHashOf(request) ?? '', form, clock.now());
      if (outcome.kind === 'invalid') return render(request, reply, form.name, outcome.errors, null, 422);
      if (!outcome.recoveryCodes.length) return reply.redirect(added, 303);
      return showRecoveryCodesOnce(request, reply, outcome.recoveryCodes, added, 'member-passkey');
    });

    app.post<{ Params: { id: string } }>('/account/passkeys/:id/remove', { preHandler: [requireMember(), app.csrfProtection] }, async (request, reply) => {
      const outcome = await removePasskey(db, request.member!.id, request.params.id, formText(request.body, 'password'));
      if (outcome.kind === 'invalid') return render(request, reply, '', outcome.errors, null, 422);
      // Not found (someone else's, or removed in another tab): the list as it is now says enough.
      return reply.redirect(outcome.kind === 'removed' ? '/account/passkeys?notice=removed' : '/account/passkeys', 303);
    });
  };
}
