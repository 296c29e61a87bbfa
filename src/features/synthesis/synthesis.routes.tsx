// The synthesis report of a call as a Word document, made in the session of a member who holds keys (it reads the
// answers, codings and quotes of every input they can open). Recorded in the audit log like opening inputs.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import { handlesCall, privateKeyOf, recordAudit, requireStaff, staffPermissions } from '../accounts/index.ts';
import { findCallById, loadQuestionnaires } from '../calls/index.ts';
import { gatherSynthesis } from './gather-synthesis.ts';
import { synthesisDocx } from './synthesis-docx.tsx';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function synthesisRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { id: string } }>('/staff/calls/:id/synthesis.docx', { preHandler: requireStaff(staffPermissions.decryptInputs) }, async (request, reply) => {
      const found = await findCallById(deps.db, request.params.id);
      if (!found || !(await handlesCall(deps.db, request.staff!, found.id))) return reply.callNotFound();
      const call = await loadQuestionnaires(deps.db, found);
      const synthesis = await gatherSynthesis(deps, { id: request.staff!.id, privateKey: privateKeyOf(request) }, call);
      const today = dayOf(deps.clock.now());
      await recordAudit(deps.db, { at: deps.clock.now(), actorId: request.staff!.id, action: 'synthesis-exported', subject: { type: 'call', id: call.id }, details: { inputs: synthesis.readable } });
      const document = await synthesisDocx(request.i18n, call, synthesis, today);
      return reply
        .header('Content-Type', docxType)
        .header('Content-Disposition', `attachment; filename="synthesis-${call.referenceCode}-${today}.docx"`)
        .header('Cache-Control', 'no-store')
        .send(document);
    });
  };
}
