// Staff editing of calls. Questionnaires and questions have their own route files, registered from here.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { pickTranslation } from '../../i18n/translator.ts';
import { requireStaff, staffPermissions } from '../accounts/index.ts';
import { callToForm, emptyCallForm, readCallForm } from './call-form.ts';
import { createCall } from './create-call.ts';
import { listCallsForStaff, loadCallForEditing } from './load-call-for-editing.ts';
import { questionnairesStaffRoutes } from './questionnaires.staff.routes.tsx';
import { updateCall } from './update-call.ts';
import { CallEditPage, NewCallPage } from './views/call-edit-page.tsx';
import { StaffCallsPage } from './views/staff-calls-page.tsx';

type CallParams = { Params: { id: string }; Querystring: { saved?: string } };

export function callsStaffRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock } = deps;
  return async (app) => {
    const guarded = { preHandler: requireStaff(staffPermissions.manageCalls) };
    const guardedPost = { preHandler: [requireStaff(staffPermissions.manageCalls), app.csrfProtection] };

    app.get('/staff/calls', guarded, async (request, reply) =>
      reply.page(request.i18n.t('calls-staff.list-title'), <StaffCallsPage calls={await listCallsForStaff(db)} />));

    app.get('/staff/calls/new', guarded, async (request, reply) =>
      reply.page(request.i18n.t('calls-staff.new-call'), <NewCallPage form={emptyCallForm(clock.now())} errors={{}} />));

    app.post('/staff/calls', guardedPost, async (request, reply) => {
      const form = readCallForm(request.body);
      const outcome = await createCall(db, form, clock.now());
      if (outcome.kind !== 'saved') {
        return reply.page(request.i18n.t('calls-staff.new-call'), <NewCallPage form={form} errors={outcome.kind === 'invalid' ? outcome.errors : {}} />, { status: 422 });
      }
      deps.publicPages.invalidate();
      return reply.redirect(`/staff/calls/${outcome.id}/edit?saved=1`, 303);
    });

    app.get<CallParams>('/staff/calls/:id/edit', guarded, async (request, reply) => {
      const call = await loadCallForEditing(db, request.params.id);
      if (!call) return reply.callNotFound();
      return reply.page(pickTranslation(call.title, request.locale).text, (
        <CallEditPage call={call} form={callToForm(call)} errors={{}} saved={request.query.saved === '1'} />
      ));
    });

    app.post<CallParams>('/staff/calls/:id', guardedPost, async (request, reply) => {
      const form = readCallForm(request.body);
      const outcome = await updateCall(db, request.params.id, form, clock.now());
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'invalid') {
        const call = (await loadCallForEditing(db, request.params.id))!;
        return reply.page(pickTranslation(call.title, request.locale).text, (
          <CallEditPage call={call} form={form} errors={outcome.errors} saved={false} />
        ), { status: 422 });
      }
      deps.publicPages.invalidate();
      return reply.redirect(`/staff/calls/${outcome.id}/edit?saved=1`, 303);
    });

    await app.register(questionnairesStaffRoutes(deps));
  };
}
