// The forms on a network's page: coordinators (and stepping down), the viewer's own organisations (accept or
// decline an invitation, ask to join, withdraw a request, leave), and the coordinators' work (answer requests,
// withdraw invitations, appoint a coordinator).
import type { ComponentChildren } from 'preact';
import { CsrfField, SelectField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import type { NamedOrganisation, NetworkPageData } from '../read-network-page.ts';
import { OrganisationList } from './organisation-list.tsx';

function PostButton({ action, label, secondary = false, children }: { action: string; label: string; secondary?: boolean; children?: ComponentChildren }) {
  return (
    <form method="post" action={action}>
      <CsrfField />
      {children}
      <button type="submit" class={secondary ? 'secondary' : undefined}>{label}</button>
    </form>
  );
}

export function CoordinatorsSection({ data }: { data: NetworkPageData }) {
  const { t } = usePage().i18n;
  const base = `/networks/${data.network.id}`;
  return (
    <section aria-labelledby="coordinators-heading">
      <h2 id="coordinators-heading">{t('networks.coordinators-title')}</h2>
      <ul>
        {(data.coordinators ?? []).map((c) => (
          <li>
            {c.name ?? t('networks.person-withheld')}
            {data.isCoordinator ? <PostButton action={`${base}/coordinators/${c.memberId}/remove`} label={t('networks.remove-coordinator')} secondary /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function OrganisationChoice({ organisations }: { organisations: NamedOrganisation[] }) {
  const { t } = usePage().i18n;
  if (organisations.length === 1) return <input type="hidden" name="organisation" value={organisations[0]!.id} />;
  return <SelectField name="organisation" label={t('networks.field-organisation')} options={organisations.map((o) => ({ value: o.id, label: o.name }))} />;
}

export function MyOrganisationsSection({ data }: { data: NetworkPageData }) {
  const { t } = usePage().i18n;
  const { inNetwork, invited, requested, free } = data.mine;
  if (!inNetwork.length && !invited.length && !requested.length && !free.length) return null;
  const base = `/networks/${data.network.id}`;
  return (
    <section aria-labelledby="mine-heading">
      <h2 id="mine-heading">{t('networks.mine-title')}</h2>
      {invited.map((o) => (
        <div class="notice">
          <p>{t('networks.invited', { organisation: o.name })}</p>
          <div class="actions">
            <PostButton action={`${base}/applications/${o.id}/accept`} label={t('networks.accept-invitation')} />
            <PostButton action={`${base}/applications/${o.id}/decline`} label={t('networks.decline-invitation')} secondary />
          </div>
        </div>
      ))}
      {requested.map((o) => (
        <div class="actions"><p>{t('networks.requested', { organisation: o.name })}</p> <PostButton action={`${base}/applications/${o.id}/decline`} label={t('networks.withdraw-request')} secondary /></div>
      ))}
      {free.length ? (
        <PostButton action={`${base}/requests`} label={t('networks.ask-to-join')}><OrganisationChoice organisations={free} /></PostButton>
      ) : null}
      {inNetwork.map((o) => (
        <div class="actions"><p>{t('networks.member-as', { organisation: o.name })}</p> <PostButton action={`${base}/organisations/${o.id}/leave`} label={t('networks.leave')} secondary /></div>
      ))}
    </section>
  );
}

export function CoordinationSection({ data }: { data: NetworkPageData }) {
  const { t } = usePage().i18n;
  const coordination = data.coordination!;
  const base = `/networks/${data.network.id}`;
  return (
    <section aria-labelledby="coordination-heading">
      <h2 id="coordination-heading">{t('networks.coordination-title')}</h2>
      <h3>{t('networks.requests-title')}</h3>
      {coordination.requests.length ? coordination.requests.map((entry) => (
        <div class="cards">
          <OrganisationList entries={[entry]} />
          <div class="actions">
            <PostButton action={`${base}/applications/${entry.id}/accept`} label={t('networks.approve')} />
            <PostButton action={`${base}/applications/${entry.id}/decline`} label={t('networks.decline')} secondary />
          </div>
        </div>
      )) : <p>{t('networks.no-requests')}</p>}
      <h3>{t('networks.invitations-title')}</h3>
      <p class="hint">{t('networks.how-to-invite')}</p>
      {coordination.invitations.map((entry) => (
        <div class="cards">
          <OrganisationList entries={[entry]} />
          <PostButton action={`${base}/applications/${entry.id}/decline`} label={t('networks.withdraw-invitation')} secondary />
        </div>
      ))}
      <h3>{t('networks.appoint-title')}</h3>
      {coordination.candidates.length ? (
        <PostButton action={`${base}/coordinators`} label={t('networks.appoint')}>
          <SelectField name="member" label={t('networks.field-member')} options={coordination.candidates.map((c) => ({ value: c.memberId, label: c.name }))} />
        </PostButton>
      ) : <p>{t('networks.no-candidates')}</p>}
    </section>
  );
}
