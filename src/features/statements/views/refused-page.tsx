// An action the member may see but not take (publishing without coordinating, signing for an organisation they do
// not administer): said plainly, with status 403.
import type { FastifyReply, FastifyRequest } from 'fastify';

export function refuse(request: FastifyRequest, reply: FastifyReply, reasonKey: string, backHref: string): FastifyReply {
  const { t } = request.i18n;
  return reply.page(t('statements.refused-title'), (
    <section>
      <h1>{t('statements.refused-title')}</h1>
      <p>{t(reasonKey)}</p>
      <p><a href={backHref}>{t('statements.back')}</a></p>
    </section>
  ), { status: 403 });
}
