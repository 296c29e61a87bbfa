// Renders a page: the view inside the layout, as a complete HTML document. Preact escapes every string it renders.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { directionOf } from '../i18n/locales.ts';
import { Layout } from '../views/layout.tsx';
import { PageContext, type PageContextValue, type StaffIdentity } from '../views/page-context.ts';
import { assetUrl } from './assets.ts';

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffIdentity | null;
  }
  interface FastifyReply {
    page(title: string, body: VNode, options?: { status?: number }): FastifyReply;
  }
}

export function renderDocument(request: FastifyRequest, reply: FastifyReply, title: string, body: VNode, shared = false): string {
  const context: PageContextValue = {
    i18n: request.i18n,
    dir: directionOf(request.locale),
    path: request.url,
    csrfToken: () => {
      // A page rendered once for many readers must not carry one reader's CSRF token.
      if (shared) throw new Error('a shared (cached) page cannot contain a form');
      return reply.generateCsrf();
    },
    staff: request.staff,
    assetUrl,
  };
  const html = renderToString(
    <PageContext.Provider value={context}>
      <Layout title={title}>{body}</Layout>
    </PageContext.Provider>,
  );
  return `<!doctype html>${html}`;
}

export async function registerRender(app: FastifyInstance): Promise<void> {
  app.decorateRequest('staff', null);
  app.decorateReply('page', function (this: FastifyReply, title: string, body: VNode, options: { status?: number } = {}) {
    const html = renderDocument(this.request, this, title, body);
    if (!this.hasHeader('Cache-Control')) this.header('Cache-Control', 'no-store');
    // Keep a status set before page() (reply.status(409).page(...)) unless one is passed explicitly.
    return this.status(options.status ?? this.statusCode).type('text/html; charset=utf-8').send(html);
  });
}
