// Staff pages for a call's codebook: the codes by category, a form to add or change one, archiving and restoring;
// the categories' own actions are in codebook-categories.routes.tsx.
// Labels and terms are staff-written, never confidential, so everyone who handles the call's inputs may edit them
// (recipients only for the calls they handle); the analysis pages read the same codebook.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { handlesCall, requireStaff, staffPermissions } from '../accounts/index.ts';
import { findCallById } from '../calls/index.ts';
import { archiveCode } from './archive-code.ts';
import { codebookLanguages, type Code } from './codebook.ts';
import { listCodebook } from './list-codebook.ts';
import { saveCode, type CodeErrors } from './save-code.ts';
import { categoryNotices, categoryRoutes, fieldErrors, type HandledCodebook } from './codebook-categories.routes.tsx';
import { CodebookPage } from './views/codebook-page.tsx';
import { CodeFormPage, type CodeForm } from './views/codebook-form.tsx';

/** Outcomes shown after a redirect, by name, so a query string can never choose an arbitrary message. */
const notices = {
  saved: 'analysis.codebook-done-saved', archived: 'analysis.codebook-done-archived', restored: 'analysis.codebook-done-restored',
  ...categoryNotices,
} as const;
type Notice = keyof typeof notices;

type CallParams = { Params: { id: string }; Querystring: { done?: string; inputs?: string } };
type CodeParams = { Params: { id: string; codeId: string } };

const emptyText = () => Object.fromEntries(codebookLanguages.map((l) => [l, ''])) as CodeForm['label'];

function readCodeForm(body: unknown, fixedKey?: string): CodeForm {
  const perLanguage = (prefix: string) => Object.fromEntries(codebookLanguages.map((l) => [l, formText(body, `${prefix}.${l}`)])) as CodeForm['label'];
  return { categoryId: formText(body, 'category'), key: fixedKey ?? formText(body, 'key'), label: perLanguage('label'), terms: perLanguage('terms') };
}

function formOf(code: Code): CodeForm {
  const label = { ...emptyText(), ...code.label } as CodeForm['label'];
  const terms = Object.fromEntries(codebookLanguages.map((l) => [l, (code.terms[l] ?? []).join('\n')])) as CodeForm['terms'];
  return { categoryId: code.categoryId, key: code.key, label, terms };
}


export function codebookRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;

  /** The call and its whole codebook (archived codes and categories too), if this member handles the call. */
  async function handledCodebook(request: FastifyRequest, id: string): Promise<HandledCodebook | undefined> {
    const call = await findCallById(db, id);
    if (!call || !(await handlesCall(db, request.staff!, call.id))) return undefined;
    return { call, codebook: await listCodebook(db, call.id, { includeArchived: true }) };
  }

  async function renderForm(request: FastifyRequest, reply: FastifyReply, found: HandledCodebook, form: CodeForm, codeId: string | null, errors: CodeErrors = {}) {
    const title = request.i18n.t(codeId ? 'analysis.codebook-edit-title' : 'analysis.codebook-new-title');
    return reply.page(title, (
      <CodeFormPage call={found.call} categories={found.codebook} form={form} codeId={codeId} errors={fieldErrors(errors)} />
    ), { status: Object.keys(errors).length ? 422 : 200 });
  }

  return async (app) => {
    const guarded = { preHandler: requireStaff(staffPermissions.handleInputs) };
    const guardedPost = { preHandler: [requireStaff(staffPermissions.handleInputs), app.csrfProtection] };
    const codebookUrl = (callId: string) => `/staff/calls/${callId}/codebook`;

    app.get<CallParams>('/staff/calls/:id/codebook', guarded, async (request, reply) => {
      const found = await handledCodebook(request, request.params.id);
      if (!found) return reply.callNotFound();
      const done = request.query.done;
      const notice = done && done in notices ? { key: notices[done as Notice], count: Number.parseInt(request.query.inputs ?? '0', 10) || 0 } : null;
      return reply.page(request.i18n.t('analysis.codebook-title'), <CodebookPage call={found.call} codebook={found.codebook} notice={notice} />);
    });

    categoryRoutes(app, { db, handledCodebook, guarded, guardedPost });

    app.get<CallParams>('/staff/calls/:id/codebook/new', guarded, async (request, reply) => {
      const found = await handledCodebook(request, request.params.id);
      if (!found) return reply.callNotFound();
      return renderForm(request, reply, found, { categoryId: '', key: '', label: emptyText(), terms: emptyText() }, null);
    });

    app.get<CodeParams>('/staff/calls/:id/codebook/:codeId', guarded, async (request, reply) => {
      const found = await handledCodebook(request, request.params.id);
      const code = found?.codebook.flatMap((c) => c.codes).find((c) => c.id === request.params.codeId);
      if (!found || !code) return reply.callNotFound();
      return renderForm(request, reply, found, formOf(code), code.id);
    });

    /** Saves a new code (no codeId) or an existing one, whose key stays as it is: codings are known by it. */
    async function save(request: FastifyRequest, reply: FastifyReply, callId: string, codeId: string | null) {
      const found = await handledCodebook(request, callId);
      const existing = codeId ? found?.codebook.flatMap((c) => c.codes).find((c) => c.id === codeId) : undefined;
      if (!found || (codeId && !existing)) return reply.callNotFound();
      const form = readCodeForm(request.body, existing?.key);
      const terms = Object.fromEntries(codebookLanguages.map((l) => [l, form.terms[l].split(/\r?\n/)]));
      const outcome = await saveCode(db, found.call.id, { ...(existing ? { id: existing.id } : {}), categoryId: form.categoryId, key: form.key, label: form.label, terms });
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'invalid') return renderForm(request, reply, found, form, codeId, outcome.errors);
      return reply.redirect(`${codebookUrl(found.call.id)}?done=saved#code-${outcome.code.id}`, 303);
    }
    app.post<CallParams>('/staff/calls/:id/codebook/new', guardedPost, async (request, reply) => save(request, reply, request.params.id, null));
    app.post<CodeParams>('/staff/calls/:id/codebook/:codeId', guardedPost, async (request, reply) => save(request, reply, request.params.id, request.params.codeId));

    for (const [action, archived] of [['archive', true], ['restore', false]] as const) {
      app.post<CodeParams>(`/staff/calls/:id/codebook/:codeId/${action}`, guardedPost, async (request, reply) => {
        const found = await handledCodebook(request, request.params.id);
        const outcome = found ? await archiveCode(db, found.call.id, request.params.codeId, archived) : { kind: 'not-found' as const };
        if (outcome.kind === 'not-found') return reply.callNotFound();
        const done: Notice = archived ? 'archived' : 'restored';
        return reply.redirect(`${codebookUrl(request.params.id)}?done=${done}&inputs=${outcome.inputsCoded}#code-${request.params.codeId}`, 303);
      });
    }
  };
}
