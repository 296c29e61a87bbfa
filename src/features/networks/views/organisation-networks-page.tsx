// An organisation's networks, its pending invitations (its administrators accept or decline them here), the
// reasons networks' coordinators gave for removing it (its administrators only) and, for
// coordinators of other networks, the form to invite it.
import { CsrfField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { Organisation } from '../../organisations/index.ts';
import type { OrganisationNetworks } from '../read-organisation-networks.ts';

interface Props {
  organisation: Organisation;
  data: OrganisationNetworks;
  notice: { key: string; problem: boolean } | null;
}

export function OrganisationNetworksPage({ organisation, data, notice }: Props) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section>
      <p><a href={`/organisations/${organisation.id}`}>{t('networks.back-to-organisation')}</a></p>
      {notice ? <p class={notice.problem ? 'warning' : 'notice'} role={notice.problem ? 'alert' : 'status'}>{t(notice.key)}</p> : null}
      <h1>{t('networks.organisation-networks-title', { organisation: organisation.name })}</h1>
      {data.networks.length ? (
        <ul>{data.networks.map((n) => <li><a href={`/networks/${n.id}`}>{n.name}</a></li>)}</ul>
      ) : <p>{t('networks.organisation-in-none')}</p>}
      {data.invitations.length ? (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading">{t('networks.invitations-received')}</h2>
          <ul class="cards">
            {data.invitations.map((n) => (
              <li>
                <a href={`/networks/${n.id}`}>{n.name}</a>
                <div class="actions">
                  {(['accept', 'decline'] as const).map((action) => (
                    <form method="post" action={`/networks/${n.id}/applications/${organisation.id}/${action}`}>
                      <CsrfField />
                      <button type="submit" class={action === 'decline' ? 'secondary' : undefined}>{t(action === 'accept' ? 'networks.accept-invitation' : 'networks.decline-invitation')}</button>
                    </form>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.requests.length ? (
        <section aria-labelledby="requests-heading">
          <h2 id="requests-heading">{t('networks.requests-sent')}</h2>
          <ul>{data.requests.map((n) => <li><a href={`/networks/${n.id}`}>{n.name}</a></li>)}</ul>
        </section>
      ) : null}
      {data.removals.length ? (
        <section aria-labelledby="removals-heading">
          <h2 id="removals-heading">{t('networks.removals-title')}</h2>
          <ul class="cards">
            {data.removals.map((removal) => (
              <li>
                <p>{t('networks.removal-entry', { network: removal.networkName, date: i18n.formatDate(removal.removedAt, { dateStyle: 'medium', timeZone: 'UTC' }) })}</p>
                <blockquote>{removal.reason}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.mayInviteTo.length ? (
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('networks.invite-title')}</h2>
          {data.mayInviteTo.map((n) => (
            <form method="post" action={`/networks/${n.id}/invitations`}>
              <CsrfField />
              <input type="hidden" name="organisation" value={organisation.id} />
              <button type="submit">{t('networks.invite-to', { network: n.name })}</button>
            </form>
          ))}
        </section>
      ) : null}
    </section>
  );
}
