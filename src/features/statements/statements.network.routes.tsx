// A statement's life inside its network (members only): drafting, reworking the draft, the discussion, publication
// by a coordinator, and later versions (corrections, translations). To anyone outside the network these addresses
// answer exactly as for a statement that does not exist.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formText } from '../../http/form-fields.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { authorshipFor, isMyPseudonym, requireMember } from '../members/index.ts';
import { noticeFrom } from '../organisations/index.ts';
import { addVersion } from './add-version.ts';
import { commentContext, type Comment, type CommentAuthorship } from './comment.ts';
import { commentOnStatement } from './comment-on-statement.ts';
import { draftStatement } from './draft-statement.ts';
import { editDraft } from './edit-draft.ts';
import { listStatementsOfNetwork } from './list-statements.ts';
import { networkNameFor, standingIn } from './network-standing.ts';
import { publishStatement } from './publish-statement.ts';
import { readComments } from './read-comments.ts';
import { readDraftForm, readTextForm, type DraftForm, type TextForm } from './statement-form.ts';
import { discussionPath, networkStatementsPath } from './statement-paths.ts';
import { statementPolicy, type NetworkStanding } from './statement.policy.ts';
import { availableLanguages, pickVersion, type Statement } from './statement.ts';
import { findStatement, listVersions } from './statements.repository.ts';
import { DiscussionPage } from './views/discussion-page.tsx';
import { DraftFormPage } from './views/draft-form-page.tsx';
import { fieldErrors } from './views/form-errors.ts';
import { NetworkStatementsPage } from './views/network-statements-page.tsx';
import { refuse } from './views/refused-page.tsx';
import { VersionFormPage } from './views/version-form-page.tsx';

const notices = {
  drafted: 'statements.done-drafted', saved: 'statements.done-saved', commented: 'statements.done-commented',
  published: 'statements.done-published', 'already-published': 'statements.done-already-published', version: 'statements.done-version',
} as const;

type IdParams = { Params: { id: string }; Querystring: { done?: string } };
const emptyDraft: DraftForm = { kind: '', language: '', title: '', text: '', themes: [], countries: [] };

/** Whether the signed-in member wrote this comment, by name or under their pseudonym for this statement. */
function isOwnComment(request: FastifyRequest, statementId: string, { author }: Comment): boolean {
  if (author.kind === 'member') return author.memberId === request.member!.id;
  return author.kind === 'pseudonym' && isMyPseudonym(request, commentContext(statementId), author.pseudonymId);
}

export function statementsNetworkRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock } = deps;

  /** The statement and the member's standing in its network, when they may see its discussion. */
  async function statementInNetwork(request: FastifyRequest, id: string): Promise<{ statement: Statement; standing: NetworkStanding } | undefined> {
    const statement = await findStatement(db, id);
    if (!statement) return undefined;
    const standing = await standingIn(db, statement.networkId, request.member?.id);
    return statementPolicy.seeDiscussion(standing) ? { statement, standing } : undefined;
  }

  async function renderDiscussion(request: FastifyRequest, reply: FastifyReply, found: { statement: Statement; standing: NetworkStanding }, commentDraft = '', errors: FieldErrors = {}) {
    const { statement, standing } = found;
    const [versions, { comments, byBlocked }] = await Promise.all([listVersions(db, [statement.id]), readComments(db, statement.id, request.member!.id)]);
    const version = pickVersion(statement, versions, [request.locale])!;
    const mine = new Set(comments.filter((comment) => isOwnComment(request, statement.id, comment)).map((comment) => comment.id));
    const can = { editDraft: statementPolicy.editDraft(standing, statement), publish: statementPolicy.publish(standing, statement), addVersion: statementPolicy.addVersion(standing, statement) };
    return reply.page(version.title, (
      <DiscussionPage
        statement={statement} version={version} comments={comments} mine={mine} byBlocked={byBlocked} can={can} pseudonymous={request.member!.atRisk}
        commentDraft={commentDraft} errors={errors} notice={noticeFrom(notices, (request.query as { done?: string }).done)}
      />
    ), { status: Object.keys(errors).length ? 422 : 200 });
  }

  async function renderDraftForm(request: FastifyRequest, reply: FastifyReply, networkId: string, form: DraftForm, errors: FieldErrors, statementId: string | null) {
    const networkName = (await networkNameFor(db, networkId)) ?? '';
    const editing = statementId !== null;
    return reply.page(request.i18n.t(editing ? 'statements.edit-title' : 'statements.new-title'), (
      <DraftFormPage
        networkName={networkName} form={form} errors={errors} editing={editing}
        action={editing ? `/statements/${statementId}/edit` : `${networkStatementsPath(networkId)}/new`}
        backHref={editing ? discussionPath(statementId) : networkStatementsPath(networkId)}
      />
    ), { status: Object.keys(errors).length ? 422 : 200 });
  }

  async function renderVersionForm(request: FastifyRequest, reply: FastifyReply, statement: Statement, form: TextForm, errors: FieldErrors) {
    const existing = availableLanguages(await listVersions(db, [statement.id]));
    return reply.page(request.i18n.t('statements.version-title'), <VersionFormPage statementId={statement.id} existing={existing} form={form} errors={errors} />,
      { status: Object.keys(errors).length ? 422 : 200 });
  }

  return async (app) => {
    const member = { preHandler: requireMember() };
    const memberPost = { preHandler: [requireMember(), app.csrfProtection] };
    const mayDraft = async (request: FastifyRequest, networkId: string) => statementPolicy.draft(await standingIn(db, networkId, request.member!.id));

    app.get<IdParams>('/networks/:id/statements', member, async (request, reply) => {
      const networkName = await networkNameFor(db, request.params.id);
      if (!networkName || !(await mayDraft(request, request.params.id))) return reply.callNotFound();
      const summaries = await listStatementsOfNetwork(db, request.params.id, request.locale);
      return reply.page(request.i18n.t('statements.network-title', { network: networkName }), <NetworkStatementsPage networkId={request.params.id} networkName={networkName} summaries={summaries} />);
    });

    app.get<IdParams>('/networks/:id/statements/new', member, async (request, reply) => {
      if (!(await mayDraft(request, request.params.id))) return reply.callNotFound();
      return renderDraftForm(request, reply, request.params.id, { ...emptyDraft, language: request.locale }, {}, null);
    });

    app.post<IdParams>('/networks/:id/statements/new', memberPost, async (request, reply) => {
      if (!(await mayDraft(request, request.params.id))) return reply.callNotFound();
      const form = readDraftForm(request.body);
      const outcome = await draftStatement(db, clock, request.params.id, form);
      if (outcome.kind === 'invalid') return renderDraftForm(request, reply, request.params.id, form, fieldErrors(outcome.errors), null);
      return reply.redirect(`${discussionPath(outcome.statementId)}?done=drafted`, 303);
    });

    app.get<IdParams>('/statements/:id/discussion', member, async (request, reply) => {
      const found = await statementInNetwork(request, request.params.id);
      return found ? renderDiscussion(request, reply, found) : reply.callNotFound();
    });

    app.post<IdParams>('/statements/:id/comments', memberPost, async (request, reply) => {
      const found = await statementInNetwork(request, request.params.id);
      if (!found) return reply.callNotFound();
      const body = formText(request.body, 'body');
      const authorship = authorshipFor(request, commentContext(found.statement.id));
      const author: CommentAuthorship = authorship.kind === 'member' ? { kind: 'member', memberId: authorship.memberId } : authorship;
      const outcome = await commentOnStatement(db, clock, found.statement, { memberId: request.member!.id, authorship: author }, body);
      if (outcome.kind === 'invalid') return renderDiscussion(request, reply, found, body, fieldErrors({ body: outcome.error }));
      if (outcome.kind === 'blocked') return renderDiscussion(request, reply, found, body, { body: outcome.error });
      return reply.redirect(`${discussionPath(found.statement.id)}?done=commented#comment-${outcome.commentId}`, 303);
    });

    app.get<IdParams>('/statements/:id/edit', member, async (request, reply) => {
      const found = await statementInNetwork(request, request.params.id);
      if (!found || !statementPolicy.editDraft(found.standing, found.statement)) return reply.callNotFound();
      const [draft] = await listVersions(db, [found.statement.id]);
      const { statement } = found;
      const form: DraftForm = { kind: statement.kind, language: draft!.language, title: draft!.title, text: draft!.text, themes: [...statement.themes], countries: [...statement.countries] };
      return renderDraftForm(request, reply, statement.networkId, form, {}, statement.id);
    });

    app.post<IdParams>('/statements/:id/edit', memberPost, async (request, reply) => {
      const found = await statementInNetwork(request, request.params.id);
      if (!found || !statementPolicy.editDraft(found.standing, found.statement)) return reply.callNotFound();
      const form = readDraftForm(request.body);
      const outcome = await editDraft(db, found.statement.id, form);
      if (outcome.kind === 'invalid') return renderDraftForm(request, reply, found.statement.networkId, form, fieldErrors(outcome.errors), found.statement.id);
      if (outcome.kind === 'not-found') return reply.callNotFound();
      return reply.redirect(`${discussionPath(found.statement.id)}?done=${outcome.kind === 'published' ? 'already-published' : 'saved'}`, 303);
    });

    app.post<IdParams>('/statements/:id/publish', memberPost, async (request, reply) => {
      const found = await statementInNetwork(request, request.params.id);
      if (!found) return reply.callNotFound();
      if (!found.standing.coordinator) return refuse(request, reply, 'statements.refused-not-coordinator', discussionPath(found.statement.id));
      const outcome = await publishStatement(deps, found.statement.id);
      if (outcome === 'not-found') return reply.callNotFound();
      return reply.redirect(`${discussionPath(found.statement.id)}?done=${outcome}`, 303);
    });

    app.get<IdParams>('/statements/:id/versions/new', member, async (request, reply) => {
      const found = await statementInNetwork(request, request.params.id);
      if (!found || !statementPolicy.addVersion(found.standing, found.statement)) return reply.callNotFound();
      return renderVersionForm(request, reply, found.statement, { language: '', title: '', text: '' }, {});
    });

    app.post<IdParams>('/statements/:id/versions/new', memberPost, async (request, reply) => {
      const found = await statementInNetwork(request, request.params.id);
      if (!found || !statementPolicy.addVersion(found.standing, found.statement)) return reply.callNotFound();
      const form = readTextForm(request.body);
      const outcome = await addVersion(deps, found.statement.id, form);
      if (outcome === 'not-found' || outcome.kind === 'draft') return reply.callNotFound();
      if (outcome.kind === 'invalid') return renderVersionForm(request, reply, found.statement, form, fieldErrors(outcome.errors));
      return reply.redirect(`${discussionPath(found.statement.id)}?done=version`, 303);
    });
  };
}
