// One set of routes for both kinds of place: a theme's public forum (/forums/:theme, threads under
// /forums/:theme/threads) and a network's discussions (/networks/:id/threads). Forums are read without an account;
// a network's threads and every write need a signed-in member, and a network's only its organisations' members.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { requireMember } from '../members/index.ts';
import { pageNumber, threadPath, type ThreadSummary } from './discussion.ts';
import { enterPlace, writerIn, type OpenPlace, type PlaceParams } from './place-access.ts';
import { readThread, readThreadList, threadIn } from './read-thread.ts';
import { replyToThread } from './reply-to-thread.ts';
import { startThread } from './start-thread.ts';
import { ThreadFormPage } from './views/thread-form-page.tsx';
import { ThreadListPage } from './views/thread-list-page.tsx';
import { HiddenThreadPage, ThreadPage, type ThreadNotice } from './views/thread-page.tsx';
import { postRoutes } from './post.routes.tsx';

type Params = PlaceParams & { threadId?: string };
type Request = FastifyRequest<{ Params: Params; Querystring: { page?: string; done?: string } }>;
const threadNotices: readonly string[] = ['started', 'replied', 'edited', 'deleted'];

export function placeRoutes(deps: AppDeps, urls: { list: string; root: string; network: boolean }): FastifyPluginAsync {
  const { db } = deps;
  const read: preHandlerHookHandler[] = urls.network ? [requireMember()] : [];

  async function renderThread(request: Request, reply: FastifyReply, open: OpenPlace, thread: ThreadSummary, draft: { body: string; errors: FieldErrors }, status = 200) {
    if (thread.hidden) return reply.page(request.i18n.t('discussions.thread-hidden-title'), <HiddenThreadPage place={open.place} name={open.name} reason={thread.hiddenReason} />);
    const writer = writerIn(request, open.place);
    // A refused reply comes back on the last page, where it would have gone.
    const shown = await readThread(db, thread, status === 200 ? pageNumber(request.query.page) : Number.MAX_SAFE_INTEGER, writer);
    const done = request.query.done;
    return reply.page(shown.startedByBlocked ? request.i18n.t('discussions.blocked-thread-title') : thread.title, (
      <ThreadPage
        place={open.place} name={open.name} thread={thread} {...shown} signedIn={writer !== undefined} reply={draft}
        pseudonym={writer?.authorship.kind === 'pseudonym' ? writer.authorship.label : null}
        notice={done && threadNotices.includes(done) ? (done as ThreadNotice) : null}
      />
    ), { status });
  }

  return async (app) => {
    const member = { preHandler: requireMember() };
    const post = { preHandler: [app.csrfProtection, requireMember()] };

    app.get<{ Params: Params; Querystring: { page?: string } }>(urls.list, { preHandler: read }, async (request, reply) => {
      const open = await enterPlace(deps, request, reply);
      if (!open) return reply;
      const list = await readThreadList(db, open.place, pageNumber(request.query.page), request.member?.id);
      const title = open.place.kind === 'forum' ? request.i18n.t('discussions.forum-title', { theme: open.name }) : request.i18n.t('discussions.network-threads-title', { network: open.name });
      return reply.page(title, <ThreadListPage place={open.place} name={open.name} {...list} signedIn={request.member !== undefined} />);
    });

    app.get<{ Params: Params }>(`${urls.root}/new`, member, async (request, reply) => {
      const open = await enterPlace(deps, request, reply);
      if (!open) return reply;
      return renderForm(request, reply, open, { title: '', body: '', language: request.i18n.locale }, {});
    });

    app.post<{ Params: Params }>(urls.root, post, async (request, reply) => {
      const open = await enterPlace(deps, request, reply);
      if (!open) return reply;
      const typed = { title: formText(request.body, 'title'), body: formText(request.body, 'body'), language: formText(request.body, 'language') };
      const outcome = await startThread(deps, open.place, writerIn(request, open.place)!, typed);
      if (outcome.kind === 'invalid') return renderForm(request, reply, open, outcome.form, outcome.errors, 422);
      if (outcome.mailFailures) request.log.warn({ failures: outcome.mailFailures }, 'discussion notification emails failed');
      return reply.redirect(`${threadPath(open.place, outcome.threadId)}?done=started`, 303);
    });

    app.get<{ Params: Params; Querystring: { page?: string; done?: string } }>(`${urls.root}/:threadId`, { preHandler: read }, async (request, reply) => {
      const open = await enterPlace(deps, request, reply);
      const thread = open && await threadIn(db, open.place, request.params.threadId ?? '');
      if (!open || !thread) return open ? reply.callNotFound() : reply;
      return renderThread(request, reply, open, thread, { body: '', errors: {} });
    });

    app.post<{ Params: Params; Querystring: { page?: string; done?: string } }>(`${urls.root}/:threadId/posts`, post, async (request, reply) => {
      const open = await enterPlace(deps, request, reply);
      const thread = open && await threadIn(db, open.place, request.params.threadId ?? '');
      if (!open || !thread) return open ? reply.callNotFound() : reply;
      const outcome = await replyToThread(deps, thread, writerIn(request, open.place)!, formText(request.body, 'body'));
      if (outcome.kind === 'closed') return renderThread(request, reply, open, thread, { body: '', errors: {} });
      if (outcome.kind === 'invalid') return renderThread(request, reply, open, thread, { body: outcome.body, errors: outcome.errors }, 422);
      if (outcome.mailFailures) request.log.warn({ failures: outcome.mailFailures }, 'discussion notification emails failed');
      return reply.redirect(`${threadPath(open.place, thread.id)}?page=${outcome.page}&done=replied#post-${outcome.postId}`, 303);
    });

    await app.register(postRoutes(deps, urls.root));
  };
}

function renderForm(request: FastifyRequest, reply: FastifyReply, open: OpenPlace, form: { title: string; body: string; language: string }, errors: FieldErrors, status = 200) {
  const writer = writerIn(request, open.place);
  return reply.page(request.i18n.t('discussions.new-thread-title'), (
    <ThreadFormPage place={open.place} name={open.name} form={form} errors={errors} pseudonym={writer?.authorship.kind === 'pseudonym' ? writer.authorship.label : null} />
  ), { status });
}
