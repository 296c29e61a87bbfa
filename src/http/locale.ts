// Chooses the interface language for each request: the reader's explicit choice (a cookie set by the language
// switcher), else their browser's preference. The switcher is a plain link, so it works without JavaScript.
import type { FastifyInstance } from 'fastify';
import { directionOf, isLocale, negotiateLocale, type Locale } from '../i18n/locales.ts';
import { translator, type Translator } from '../i18n/translator.ts';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    i18n: Translator;
  }
}

export const localeCookie = 'lang';

/** Only same-site paths are accepted as a return address, so the switcher cannot be used as an open redirect. */
export function safeLocalPath(next: unknown, fallback = '/'): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : fallback;
}

export async function registerLocale(app: FastifyInstance, options: { secureCookies: boolean }): Promise<void> {
  app.decorateRequest('locale', 'en' as Locale);
  app.decorateRequest('i18n', null as unknown as Translator);
  app.addHook('onRequest', async (request) => {
    request.locale = negotiateLocale(request.cookies[localeCookie], request.headers['accept-language']);
    request.i18n = translator(request.locale);
  });
  app.get<{ Params: { locale: string }; Querystring: { next?: string } }>('/lang/:locale', async (request, reply) => {
    if (!isLocale(request.params.locale)) return reply.callNotFound();
    reply.setCookie(localeCookie, request.params.locale, {
      path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: true, secure: options.secureCookies,
    });
    return reply.redirect(safeLocalPath(request.query.next), 303);
  });
}

export { directionOf };
