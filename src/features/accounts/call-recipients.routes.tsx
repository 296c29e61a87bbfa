// Assigning recipients to a call: whose keys its inputs are sealed to (administrators always are).
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formList } from '../../http/form-fields.ts';
import { pickTranslation } from '../../i18n/translator.ts';
import { assignRecipients } from './assign-recipients.ts';
import { findCallTitle, listAssignableMembers } from './call-recipients.repository.ts';
import { afterHoldersChanged } from './key-at-hand.ts';
import { requireStaff } from './staff-identity.tsx';
import { staffPermissions } from './staff.ts';
import { CallRecipientsView } from './views/call-recipients-view.tsx';

type CallParams = { Params: { id: string }; Querystring: { saved?: string } };

export function callRecipientsRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock } = deps;
  const managers = requireStaff(staffPermissions.assignRecipients);

  return async (app) => {
    app.get<CallParams>('/staff/calls/:id/recipients', { preHandler: managers }, async (request, reply) => {
      const call = await findCallTitle(db, request.params.id);
      if (!call) return reply.callNotFound();
      const members = await listAssignableMembers(db, call.id);
      const title = pickTranslation(call.title, request.i18n.locale);
      return reply.page(request.i18n.t('accounts.recipients-title'), (
        <CallRecipientsView call={{ id: call.id, title }} members={members} saved={request.query.saved === '1'} />
      ));
    });

    app.post<CallParams>('/staff/calls/:id/recipients', { preHandler: [managers, app.csrfProtection] }, async (request, reply) => {
      const call = await findCallTitle(db, request.params.id);
      if (!call) return reply.callNotFound();
      await assignRecipients(db, request.staff!.id, call.id, formList(request.body, 'recipients'), clock.now());
      await afterHoldersChanged(deps, request);
      return reply.redirect(`/staff/calls/${call.id}/recipients?saved=1`, 303);
    });
  };
}
