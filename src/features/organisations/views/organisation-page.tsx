// An organisation's profile, as the viewer may see it (routes decide whether they may at all).
import { usePage } from '../../../views/page-context.ts';
import type { Organisation, OrganisationRole } from '../organisation.ts';
import { OrganisationFacts, VerifiedMark } from './organisation-facts.tsx';

interface Props {
  organisation: Organisation;
  /** The viewer's role in it, or null. */
  role: OrganisationRole | null;
  memberCount: number;
  /** Whether the viewer may open the member list (members, staff administrators). */
  seesMembers: boolean;
  notice: string | null;
}

export function OrganisationPage({ organisation, role, memberCount, seesMembers, notice }: Props) {
  const { t } = usePage().i18n;
  const base = `/organisations/${organisation.id}`;
  return (
    <section>
      <p><a href="/organisations">{t('organisations.directory-title')}</a></p>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <h1>{organisation.name} <VerifiedMark organisation={organisation} /></h1>
      {organisation.atRiskMode !== 'off' ? (
        <p class="warning">{t(`organisations.at-risk-notice.${organisation.atRiskMode}`)}</p>
      ) : null}
      {paragraphs(organisation.description).map((text) => <p>{text}</p>)}
      <OrganisationFacts organisation={organisation} />
      <p>{t('organisations.member-count', { count: memberCount })}</p>
      <ul class="actions">
        {seesMembers ? <li><a href={`${base}/members`}>{t('organisations.members-link')}</a></li> : null}
        <li><a href={`${base}/networks`}>{t('organisations.networks-link')}</a></li>
        {role === 'admin' ? <li><a href={`${base}/edit`}>{t('organisations.edit-link')}</a></li> : null}
      </ul>
    </section>
  );
}

/** Blank lines separate paragraphs, as people type them. */
export function paragraphs(text: string): string[] {
  return text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
}
