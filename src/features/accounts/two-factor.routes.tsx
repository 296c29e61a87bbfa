// Setting up and removing the TOTP second factor. These pages need a session but not a second factor already:
// members whose role requires one are sent here until it is set up.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { safeLocalPath } from '../../http/locale.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { confirmTwoFactor, disableTwoFactor, twoFactorSetup } from './set-up-two-factor.ts';
import { privateKeyOf, requireSignedIn } from './staff-identity.tsx';
import { requiresTwoFactor, type StaffRole } from './staff.ts';
import { RecoveryCodesView, TwoFactorView } from './views/two-factor-view.tsx';

type TwoFactorQuery = { Querystring: { next?: string; done?: string } };

export function twoFactorRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock } = deps;

  async function render(request: FastifyRequest, reply: FastifyReply, next: string, errors: FieldErrors, status = 200, notice: 'disabled' | null = null) {
    const staff = request.staff!;
    const setup = await twoFactorSetup(db, staff.id, privateKeyOf(request));
    return reply.page(request.i18n.t('accounts.two-factor-title'), (
      <TwoFactorView setup={setup} required={requiresTwoFactor(staff.role as StaffRole)} next={next} errors={errors} notice={notice} />
    ), { status });
  }

  return async (app) => {
    app.get<TwoFactorQuery>('/staff/two-factor', { preHandler: requireSignedIn() }, async (request, reply) => {
      const next = safeLocalPath(request.query.next, '/staff');
      return render(request, reply, next, {}, 200, request.query.done === 'disabled' ? 'disabled' : null);
    });

    app.post<TwoFactorQuery>('/staff/two-factor', { preHandler: [requireSignedIn(), app.csrfProtection] }, async (request, reply) => {
      const next = safeLocalPath(request.query.next, '/staff');
      const outcome = await confirmTwoFactor(db, request.staff!.id, privateKeyOf(request), formText(request.body, 'code'), clock.now());
      if (outcome.kind === 'invalid') return render(request, reply, next, outcome.errors, 422);
      if (outcome.kind === 'key-missing' || !outcome.recoveryCodes.length) return render(request, reply, next, {});
      // Shown in this response only (no redirect): the codes are stored hashed and can never be shown again.
      return reply.page(request.i18n.t('accounts.recovery-title'), <RecoveryCodesView codes={outcome.recoveryCodes} next={next} occasion="staff-app" />);
    });

    app.post('/staff/two-factor/disable', { preHandler: [requireSignedIn(), app.csrfProtection] }, async (request, reply) => {
      const outcome = await disableTwoFactor(db, request.staff!.id, formText(request.body, 'password'), clock.now());
      if (outcome.kind === 'invalid') return render(request, reply, '/staff', outcome.errors, 422);
      return reply.redirect('/staff/two-factor?done=disabled', 303);
    });
  };
}
