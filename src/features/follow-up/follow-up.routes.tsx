// The anonymous submitter's way back: the receipt code opens a short follow-up session on their input, in which
// they read and answer the team's messages, add information or files, and narrow their consent to publication.
// Bodies are read with the submissions feature's reader, so urlencoded and multipart posts read the same.
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { sendFile } from '../../http/send-file.ts';
import { parseFormBody, readInputFile, type InputCipher } from '../submissions/index.ts';
import { addInformation } from './add-information.ts';
import { loadFollowUp } from './load-follow-up.ts';
import { messageField, replyToStaff } from './reply-to-staff.ts';
import { clearFollowUpCookie, followUpTokenHash, resumeFollowUpSession, setFollowUpCookie } from './sessions.ts';
import { signInWithCode } from './sign-in-with-code.ts';
import { signOutOfFollowUp } from './sign-out-of-follow-up.ts';
import { FollowUpView, followUpNotices, type FollowUpNotice, type FollowUpViewProps } from './views/follow-up-view.tsx';
import { FollowUpSignInView, signInNotices, type SignInNotice } from './views/sign-in-view.tsx';
import { consentField, withdrawConsent } from './withdraw-consent.ts';

const inputPage = '/follow-up/input';
const pick = <T extends string>(value: string | undefined, names: Record<T, string>): T | null =>
  value !== undefined && Object.hasOwn(names, value) ? (value as T) : null;

export function followUpRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock, config } = deps;
  const secure = config.baseUrl.startsWith('https://');

  /** The session's input (its cipher), or a redirect to the code form (saying why when a session had ended). */
  async function session(request: FastifyRequest, reply: FastifyReply): Promise<InputCipher | undefined> {
    const found = await resumeFollowUpSession(db, request, clock.now());
    if (found.kind === 'open') return found.cipher;
    if (found.kind === 'expired') clearFollowUpCookie(reply, secure);
    reply.redirect(found.kind === 'expired' ? '/follow-up?from=expired' : '/follow-up', 303);
    return undefined;
  }

  async function renderInput(
    request: FastifyRequest, reply: FastifyReply, cipher: InputCipher,
    options: Partial<Pick<FollowUpViewProps, 'notice' | 'errors' | 'values'>> & { status?: number } = {},
  ): Promise<FastifyReply> {
    const page = await loadFollowUp(deps, cipher);
    if (!page) {
      reply.callNotFound();
      return reply;
    }
    const title = request.i18n.t('follow-up.page-heading', { reference: page.input.reference });
    return reply.page(title, (
      <FollowUpView page={page} notice={options.notice ?? null} errors={options.errors ?? {}} values={options.values ?? {}} />
    ), { status: options.status ?? 200 });
  }

  function renderSignIn(request: FastifyRequest, reply: FastifyReply, notice: SignInNotice | null, errors: FieldErrors = {}, status = 200) {
    return reply.page(request.i18n.t('follow-up.sign-in-heading'), <FollowUpSignInView notice={notice} errors={errors} />, { status });
  }

  return async (app: FastifyInstance) => {
    const post = { preHandler: app.csrfProtection };
    // Private pages: never in a search engine, never in a shared cache.
    app.addHook('onSend', async (request, reply) => {
      if (request.url.startsWith('/follow-up')) reply.header('X-Robots-Tag', 'noindex, nofollow');
    });

    app.get<{ Querystring: { from?: string } }>('/follow-up', async (request, reply) => {
      const found = await resumeFollowUpSession(db, request, clock.now());
      if (found.kind === 'open') return reply.redirect(inputPage, 303);
      return renderSignIn(request, reply, pick(request.query.from, signInNotices));
    });

    app.post('/follow-up', { preHandler: app.csrfProtection }, async (request, reply) => {
      const signedIn = await signInWithCode(deps, (await parseFormBody(request.body)).one('code'));
      // One message for every failure: a wrong code, a malformed one, an unknown one read the same.
      if (!signedIn) return renderSignIn(request, reply, null, { code: { key: 'follow-up.error-code' } }, 422);
      setFollowUpCookie(reply, signedIn.token, secure);
      return reply.redirect(inputPage, 303);
    });

    app.get<{ Querystring: { done?: string } }>(inputPage, async (request, reply) => {
      const cipher = await session(request, reply);
      if (!cipher) return reply;
      return renderInput(request, reply, cipher, { notice: pick<FollowUpNotice>(request.query.done, followUpNotices) });
    });

    app.post('/follow-up/messages', post, async (request, reply) => {
      const cipher = await session(request, reply);
      if (!cipher) return reply;
      const typed = (await parseFormBody(request.body)).one(messageField);
      const outcome = await replyToStaff(deps, cipher, typed);
      if (outcome.kind === 'invalid') return renderInput(request, reply, cipher, { errors: outcome.errors, values: { message: typed }, status: 422 });
      return reply.redirect(`${inputPage}?done=message#conversation`, 303);
    });

    app.post('/follow-up/information', post, async (request, reply) => {
      const cipher = await session(request, reply);
      if (!cipher) return reply;
      const outcome = await addInformation(deps, cipher, await parseFormBody(request.body));
      if (outcome.kind === 'invalid') {
        return renderInput(request, reply, cipher, { errors: outcome.errors, values: { information: outcome.text }, status: 422 });
      }
      return reply.redirect(`${inputPage}?done=information#conversation`, 303);
    });

    app.post('/follow-up/consent', post, async (request, reply) => {
      const cipher = await session(request, reply);
      if (!cipher) return reply;
      const outcome = await withdrawConsent(deps, cipher, (await parseFormBody(request.body)).one(consentField));
      if (outcome.kind === 'invalid') {
        return renderInput(request, reply, cipher, { errors: { [consentField]: { key: 'follow-up.error-consent' } }, status: 422 });
      }
      return reply.redirect(`${inputPage}?done=${outcome.unpublished ? 'unpublished' : 'consent'}`, 303);
    });

    // Works without a live session too: signing out must never fail.
    app.post('/follow-up/sign-out', { preHandler: app.csrfProtection }, async (request, reply) => {
      await signOutOfFollowUp(db, followUpTokenHash(request));
      clearFollowUpCookie(reply, secure);
      return reply.header('Clear-Site-Data', '"cookies", "storage"').redirect('/follow-up?from=signed-out', 303);
    });

    app.get<{ Params: { id: string } }>('/follow-up/attachments/:id', async (request, reply) => {
      const cipher = await session(request, reply);
      if (!cipher) return reply;
      const file = await readInputFile(db, cipher, request.params.id);
      return file ? sendFile(reply, file, 'no-store') : reply.callNotFound();
    });
  };
}
