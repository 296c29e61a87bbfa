// Public routes of authenticity: the verification page and the published signing keys. Nothing here writes: a check
// reads the keys, the file it was given and (for a genuine statement) what became of it since; it keeps nothing of
// the file and logs nothing of it.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { listPublicSigningKeys, publishedKeysDocument, publishedKeysPath, verifySignedFile } from '../../platform/signing/index.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { statementStandingForVerify, type StatementStanding } from '../statements/index.ts';
import { malformedError, readVerifyForm } from './verify-form.ts';
import type { CheckedVerification } from './views/verification-result.tsx';
import { VerifyPage } from './views/verify-page.tsx';

export function authenticityRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, config } = deps;

  async function render(
    request: FastifyRequest, reply: FastifyReply,
    state: { result?: CheckedVerification; standing?: StatementStanding; errors?: FieldErrors; text?: string }, status = 200,
  ): Promise<FastifyReply> {
    const keys = await listPublicSigningKeys(db);
    return reply.page(request.i18n.t('authenticity.page-title'), (
      <VerifyPage keys={keys} result={state.result ?? null} standing={state.standing ?? null} errors={state.errors ?? {}} text={state.text ?? ''} />
    ), { status });
  }

  return async (app) => {
    app.get('/verify', (request, reply) => render(request, reply, {}));

    app.post('/verify', { preHandler: app.csrfProtection }, async (request, reply) => {
      const form = await readVerifyForm(request.body);
      if (form.kind === 'invalid') return render(request, reply, { errors: form.errors, text: form.text }, 422);
      const result = await verifySignedFile(db, form.input);
      if (result.verdict === 'malformed') {
        return render(request, reply, { errors: malformedError(form.field, result.reason, result.field), text: form.text }, 422);
      }
      // Only a genuine copy is told what became of its statement: a forgery must not borrow a real statement's standing.
      const standing = result.verdict === 'genuine' ? await statementStandingForVerify(db, result.kind, result.payload) : undefined;
      return render(request, reply, { result, standing });
    });

    // Public keys are public: cached briefly by anyone, so a rotation is seen within minutes.
    app.get(publishedKeysPath, async (_request, reply) => {
      const document = publishedKeysDocument(config.baseUrl, await listPublicSigningKeys(db));
      return reply.type('application/json; charset=utf-8').header('Cache-Control', 'public, max-age=300')
        .send(`${JSON.stringify(document, null, 2)}\n`);
    });
  };
}
