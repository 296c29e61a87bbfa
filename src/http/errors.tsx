// Every failure becomes a page in the reader's language; the stack trace goes to the log, never to the reader.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { usePage } from '../views/page-context.ts';

function ErrorPage({ titleKey, messageKey }: { titleKey: string; messageKey: string }) {
  const { t } = usePage().i18n;
  return (
    <section class="error-page">
      <h1>{t(titleKey)}</h1>
      <p>{t(messageKey)}</p>
      <p><a href="/">{t('errors.back-home')}</a></p>
    </section>
  );
}

function errorKind(error: FastifyError): { status: number; name: string } {
  if (error.code?.startsWith('FST_CSRF')) return { status: 403, name: 'csrf' };
  if (error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_FILES_LIMIT' || error.code === 'FST_PARTS_LIMIT') return { status: 413, name: 'too-large' };
  if (error.statusCode === 429) return { status: 429, name: 'rate-limited' };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return { status: error.statusCode, name: 'bad-request' };
  return { status: 500, name: 'server' };
}

export function sendErrorPage(request: FastifyRequest, reply: FastifyReply, status: number, name: string): FastifyReply {
  // A page that failed half-way may have set headers for a download or a cache; start clean.
  reply.removeHeader('Content-Disposition');
  reply.header('Cache-Control', 'no-store');
  return reply.page(request.i18n.t(`errors.${name}-title`), <ErrorPage titleKey={`errors.${name}-title`} messageKey={`errors.${name}-message`} />, { status });
}

export async function registerErrorPages(app: FastifyInstance): Promise<void> {
  app.setNotFoundHandler((request, reply) => sendErrorPage(request, reply, 404, 'not-found'));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, name } = errorKind(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: error.code, status }, 'request refused');
    if (!request.i18n) return reply.status(status).send(); // failed before the locale was known
    return sendErrorPage(request, reply, status, name);
  });
}
