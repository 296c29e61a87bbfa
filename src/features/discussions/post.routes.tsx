// An author's own post: the edit form and its save, the delete confirmation and the deletion. Anyone else, and
// any post that is not visible, gets "not found": the forms never hint at another person's post.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import { requireMember } from '../members/index.ts';
import { isMine } from './author.ts';
import { deletePost, editPost } from './change-post.ts';
import { threadPath } from './discussion.ts';
import { canChange } from './discussion.policy.ts';
import { enterPlace, writerIn, type PlaceParams } from './place-access.ts';
import { postIn, threadIn } from './read-thread.ts';
import { DeletePostPage, EditPostPage } from './views/change-post-pages.tsx';

type Params = PlaceParams & { threadId: string; postId: string };

export function postRoutes(deps: AppDeps, root: string): FastifyPluginAsync {
  const { db } = deps;

  /** The reader's own visible post in this place and thread, or undefined after a 404. */
  async function ownPost(request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) {
    const open = await enterPlace(deps, request, reply);
    if (!open) return undefined;
    const thread = await threadIn(db, open.place, request.params.threadId);
    const post = thread && !thread.hidden ? await postIn(db, thread, request.params.postId) : undefined;
    const writer = writerIn(request, open.place);
    if (!thread || !post || !writer || !canChange(post, isMine(post, writer))) {
      reply.callNotFound();
      return undefined;
    }
    return { open, thread, post, writer };
  }

  return async (app) => {
    const member = { preHandler: requireMember() };
    const post = { preHandler: [app.csrfProtection, requireMember()] };
    const editUrl = `${root}/:threadId/posts/:postId/edit`;
    const deleteUrl = `${root}/:threadId/posts/:postId/delete`;

    app.get<{ Params: Params }>(editUrl, member, async (request, reply) => {
      const found = await ownPost(request, reply);
      if (!found) return reply;
      const { open, thread, post: stored } = found;
      return reply.page(request.i18n.t('discussions.edit-title'), (
        <EditPostPage place={open.place} thread={thread} postId={stored.id} opening={stored.position === 1} title={thread.title} body={stored.body} errors={{}} />
      ));
    });

    app.post<{ Params: Params }>(editUrl, post, async (request, reply) => {
      const found = await ownPost(request, reply);
      if (!found) return reply;
      const { open, thread, post: stored, writer } = found;
      const typed = { title: formText(request.body, 'title'), body: formText(request.body, 'body') };
      const outcome = await editPost(deps, thread, stored, writer, typed);
      if (outcome.kind === 'not-allowed') return reply.callNotFound();
      if (outcome.kind === 'invalid') {
        return reply.page(request.i18n.t('discussions.edit-title'), (
          <EditPostPage place={open.place} thread={thread} postId={stored.id} opening={stored.position === 1} title={outcome.title} body={outcome.body} errors={outcome.errors} />
        ), { status: 422 });
      }
      return reply.redirect(`${threadPath(open.place, thread.id)}?page=${outcome.page}&done=edited#post-${stored.id}`, 303);
    });

    app.get<{ Params: Params }>(deleteUrl, member, async (request, reply) => {
      const found = await ownPost(request, reply);
      if (!found) return reply;
      return reply.page(request.i18n.t('discussions.delete-title'), (
        <DeletePostPage place={found.open.place} thread={found.thread} postId={found.post.id} body={found.post.body} />
      ));
    });

    app.post<{ Params: Params }>(deleteUrl, post, async (request, reply) => {
      const found = await ownPost(request, reply);
      if (!found) return reply;
      const outcome = await deletePost(deps, found.post, found.writer);
      if (outcome.kind === 'not-allowed') return reply.callNotFound();
      return reply.redirect(`${threadPath(found.open.place, found.thread.id)}?page=${outcome.page}&done=deleted#post-${found.post.id}`, 303);
    });
  };
}
