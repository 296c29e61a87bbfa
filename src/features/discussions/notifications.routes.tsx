// The member's email choices (/account/notifications) and the unsubscribe link every discussion email carries.
// The link's page asks for one click rather than acting on GET: mail scanners and link previews open links, and
// must not switch anyone's emails off. It needs no sign-in: the token in the link is the authority.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import { formList } from '../../http/form-fields.ts';
import { pseudonymFor, requireMember } from '../members/index.ts';
import { placeKey } from './discussion.ts';
import { loadNotificationSettings, readUnsubscribeLink, saveNotificationChoices, unsubscribe } from './notification-settings.ts';
import { mentionsOfMyPseudonyms } from './pseudonym-mentions.ts';
import { NotificationsPage, UnsubscribePage } from './views/notifications-page.tsx';

export function notificationsRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Querystring: { done?: string } }>('/account/notifications', { preHandler: requireMember() }, async (request, reply) => {
      const member = request.member!;
      const page = await loadNotificationSettings(deps, member.id, request.i18n.locale);
      const mentions = await mentionsOfMyPseudonyms(deps.db, member.id, (place) => {
        try {
          return pseudonymFor(request, placeKey(place)).pseudonymId;
        } catch {
          return null; // no secret at hand: nothing can be recognised as theirs
        }
      });
      return reply.page(request.i18n.t('discussions.notifications-title'), <NotificationsPage page={page} mentions={mentions} saved={request.query.done === 'saved'} />);
    });

    app.post('/account/notifications', { preHandler: [app.csrfProtection, requireMember()] }, async (request, reply) => {
      const emails = formList(request.body, 'emails');
      await saveNotificationChoices(deps, request.member!.id, request.i18n.locale, {
        onReply: emails.includes('onReply'), onMention: emails.includes('onMention'), dailyDigest: emails.includes('dailyDigest'),
        places: formList(request.body, 'places'),
      });
      return reply.redirect('/account/notifications?done=saved', 303);
    });

    const unsubscribeUrl = '/account/notifications/unsubscribe/:token';
    app.get<{ Params: { token: string }; Querystring: { done?: string } }>(unsubscribeUrl, async (request, reply) => {
      const link = readUnsubscribeLink(deps, request.params.token);
      if (!link) return reply.callNotFound();
      return reply.page(request.i18n.t('discussions.unsubscribe-title'), <UnsubscribePage token={request.params.token} kind={link.kind} done={request.query.done === '1'} />);
    });

    app.post<{ Params: { token: string } }>(unsubscribeUrl, { preHandler: app.csrfProtection }, async (request, reply) => {
      if (!await unsubscribe(deps, request.params.token)) return reply.callNotFound();
      return reply.redirect(`/account/notifications/unsubscribe/${request.params.token}?done=1`, 303);
    });
  };
}
