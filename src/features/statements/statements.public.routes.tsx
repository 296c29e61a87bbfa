// The public side of statements: the list, each published statement's page and earlier versions (rendered once per
// language and address through the public page cache, which every change clears), and the signed file. A draft does
// not exist here: a member of its network is sent to its discussion, anyone else finds nothing.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { sendFile } from '../../http/send-file.ts';
import { findSignedStatementFile } from './find-signed-file.ts';
import { listPublicStatements } from './list-statements.ts';
import { isHiddenStatement, loadPublicStatement } from './load-public-statement.ts';
import { standingIn } from './network-standing.ts';
import { discussionPath } from './statement-paths.ts';
import { statementPolicy } from './statement.policy.ts';
import { findStatement, listVersions } from './statements.repository.ts';
import { HiddenFilePage } from './views/hidden-file-page.tsx';
import { HiddenStatementPage, StatementPage } from './views/statement-page.tsx';
import { StatementsListPage } from './views/statements-list-page.tsx';
import { VersionPage } from './views/version-page.tsx';

type StatementRequest = { Params: { id: string }; Querystring: { language?: string } };

/** A page number from the query string: 1 for anything that is not a whole number from 1 to 1000. */
const pageNumber = (value: unknown) => (typeof value === 'string' && /^[1-9]\d{0,2}$/.test(value) ? Number(value) : 1);

export function statementsPublicRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get<{ Querystring: { page?: string } }>('/statements', async (request, reply) => {
      return deps.publicPages.send(request, reply, async () => {
        const page = pageNumber(request.query.page);
        const { summaries, hasNext } = await listPublicStatements(db, request.locale, page);
        return { title: request.i18n.t('statements.list-title'), body: <StatementsListPage summaries={summaries} page={page} hasNext={hasNext} /> };
      });
    });

    app.get<StatementRequest>('/statements/:id', async (request, reply) => {
      // Only members can be in a network: anonymous readers go straight to the cache, drafts being nothing to them.
      if (request.member) {
        const statement = await findStatement(db, request.params.id);
        if (statement && !statement.publishedAt && statementPolicy.seeDiscussion(await standingIn(db, statement.networkId, request.member.id))) {
          return reply.redirect(discussionPath(statement.id), 303);
        }
      }
      return deps.publicPages.send(request, reply, async () => {
        const page = await loadPublicStatement(db, request.params.id, [request.query.language, request.locale]);
        if (!page) return null;
        return isHiddenStatement(page) ? { title: page.title.title, body: <HiddenStatementPage page={page} /> } : { title: page.shown.title, body: <StatementPage page={page} /> };
      });
    });

    app.get<{ Params: { id: string; version: string } }>('/statements/:id/versions/:version', async (request, reply) => {
      return deps.publicPages.send(request, reply, async () => {
        const statement = await findStatement(db, request.params.id);
        if (!statement?.publishedAt) return null;
        const versions = await listVersions(db, [statement.id]);
        const version = versions.find((v) => String(v.version) === request.params.version);
        if (!version) return null;
        // An earlier text of a hidden statement is hidden with it.
        if (statement.hidden) return { title: version.title, body: <HiddenStatementPage page={{ statement: { ...statement, hidden: statement.hidden }, title: version }} /> };
        return { title: version.title, body: <VersionPage statement={statement} versions={versions} version={version} /> };
      });
    });

    app.get<StatementRequest>('/statements/:id/signed.json', async (request, reply) => {
      const file = await findSignedStatementFile(db, request.params.id, request.query.language);
      if (!file) return reply.callNotFound();
      // Gone while moderators hide it: copies already saved still verify, the platform just stops handing it out.
      if (file === 'hidden') return reply.page(request.i18n.t('statements.file-hidden-title'), <HiddenFilePage statementId={request.params.id} />, { status: 410 });
      // Revalidated on every use: a signature given or withdrawn re-issues the file.
      return sendFile(reply, file, 'no-cache');
    });
  };
}
