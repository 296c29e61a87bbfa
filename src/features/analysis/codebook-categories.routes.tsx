// The categories of a call's codebook: a new one on its own form page; on the codebook page itself, renaming one in
// place, moving it up or down, archiving an empty one (or saying why not) and restoring one. The same members as
// for codes: categories are staff-written, never confidential.
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { Db } from '../../db/database.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import type { Call } from '../calls/index.ts';
import { archiveCategory } from './archive-category.ts';
import { codebookLanguages, type CodebookErrors, type CodebookLanguage } from './codebook.ts';
import type { CategoryWithCodes } from './list-codebook.ts';
import { moveCategory } from './move-category.ts';
import { saveCategory } from './save-category.ts';
import { CategoryFormPage, type CategoryForm } from './views/category-form.tsx';
import type { CategoryProblem } from './views/category-section.tsx';
import { CodebookPage } from './views/codebook-page.tsx';

export interface HandledCodebook {
  call: Call;
  codebook: CategoryWithCodes[];
}

/** What the codebook page says after a category changed, by the name the redirect carries. */
export const categoryNotices = {
  'category-added': 'analysis.category-done-added',
  'category-renamed': 'analysis.category-done-renamed',
  'category-moved': 'analysis.category-done-moved',
  'category-archived': 'analysis.category-done-archived',
  'category-restored': 'analysis.category-done-restored',
} as const;

/** Each field's error code as the message that words it, for a code's form or a category's. */
export function fieldErrors(errors: CodebookErrors, of: 'code' | 'category' = 'code'): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => {
    const name = `${field.split('.')[0]}-${error}`;
    return [field, { key: of === 'code' ? `analysis.codebook-error.${name}` : `analysis.category-error.${name}` }];
  }));
}

const readLabel = (body: unknown) => Object.fromEntries(codebookLanguages.map((l) => [l, formText(body, `label.${l}`)])) as Record<CodebookLanguage, string>;

interface CategoryRoutesContext {
  db: Db;
  handledCodebook(request: FastifyRequest, callId: string): Promise<HandledCodebook | undefined>;
  guarded: RouteShorthandOptions;
  guardedPost: RouteShorthandOptions;
}

type CallParams = { Params: { id: string } };
type CategoryParams = { Params: { id: string; categoryId: string } };

export function categoryRoutes(app: FastifyInstance, { db, handledCodebook, guarded, guardedPost }: CategoryRoutesContext): void {
  const base = '/staff/calls/:id/codebook/categories';
  const back = (reply: FastifyReply, callId: string, done: keyof typeof categoryNotices, categoryId: string) =>
    reply.redirect(`/staff/calls/${callId}/codebook?done=${done}#category-${categoryId}`, 303);
  const renderNew = (request: FastifyRequest, reply: FastifyReply, call: Call, form: CategoryForm, errors: CodebookErrors = {}) =>
    reply.page(request.i18n.t('analysis.category-new-title'), <CategoryFormPage call={call} form={form} errors={fieldErrors(errors, 'category')} />,
      { status: Object.keys(errors).length ? 422 : 200 });
  /** The codebook page again, with why a change to one category did not happen beside that category. */
  const refused = (request: FastifyRequest, reply: FastifyReply, found: HandledCodebook, problem: CategoryProblem, status: number) =>
    reply.page(request.i18n.t('analysis.codebook-title'), <CodebookPage call={found.call} codebook={found.codebook} notice={null} problem={problem} />, { status });

  app.get<CallParams>(`${base}/new`, guarded, async (request, reply) => {
    const found = await handledCodebook(request, request.params.id);
    if (!found) return reply.callNotFound();
    return renderNew(request, reply, found.call, { key: '', label: readLabel({}) });
  });

  app.post<CallParams>(`${base}/new`, guardedPost, async (request, reply) => {
    const found = await handledCodebook(request, request.params.id);
    if (!found) return reply.callNotFound();
    const form = { key: formText(request.body, 'key'), label: readLabel(request.body) };
    const outcome = await saveCategory(db, found.call.id, form);
    if (outcome.kind === 'invalid') return renderNew(request, reply, found.call, form, outcome.errors);
    if (outcome.kind === 'not-found') return reply.callNotFound();
    return back(reply, found.call.id, 'category-added', outcome.category.id);
  });

  app.post<CategoryParams>(`${base}/:categoryId`, guardedPost, async (request, reply) => {
    const found = await handledCodebook(request, request.params.id);
    if (!found) return reply.callNotFound();
    const label = readLabel(request.body);
    const outcome = await saveCategory(db, found.call.id, { id: request.params.categoryId, key: '', label });
    if (outcome.kind === 'not-found') return reply.callNotFound();
    if (outcome.kind === 'invalid') {
      return refused(request, reply, found, { kind: 'rename', categoryId: request.params.categoryId, label, errors: fieldErrors(outcome.errors, 'category') }, 422);
    }
    return back(reply, found.call.id, 'category-renamed', outcome.category.id);
  });

  app.post<CategoryParams>(`${base}/:categoryId/move`, guardedPost, async (request, reply) => {
    const found = await handledCodebook(request, request.params.id);
    const direction = formText(request.body, 'direction');
    if (!found || (direction !== 'up' && direction !== 'down')) return reply.callNotFound();
    if ((await moveCategory(db, found.call.id, request.params.categoryId, direction)) === 'not-found') return reply.callNotFound();
    return back(reply, found.call.id, 'category-moved', request.params.categoryId);
  });

  for (const [action, archived] of [['archive', true], ['restore', false]] as const) {
    app.post<CategoryParams>(`${base}/:categoryId/${action}`, guardedPost, async (request, reply) => {
      const found = await handledCodebook(request, request.params.id);
      const outcome = found ? await archiveCategory(db, found.call.id, request.params.categoryId, archived) : { kind: 'not-found' as const };
      if (outcome.kind === 'not-found') return reply.callNotFound();
      if (outcome.kind === 'has-active-codes') {
        return refused(request, reply, found!, { kind: 'archive', categoryId: request.params.categoryId, activeCodes: outcome.activeCodes }, 409);
      }
      return back(reply, found!.call.id, archived ? 'category-archived' : 'category-restored', request.params.categoryId);
    });
  }
}
