// An organisation's profile, as the viewer may see it (routes decide whether they may at all).
import { usePage } from '../../../views/page-context.ts';
import type { Organisation, OrganisationRole } from '../organisation.ts';
import { HiddenProfileNotice } from './hidden-profile.tsx';
import { OrganisationFacts, VerifiedMark } from './organisation-facts.tsx';

interface Props {
  organisation: Organisation;
  /** The viewer's role in it, or null. */
  role: OrganisationRole | null;
  memberCount: number;
  /** Whether the viewer may open the member list (members, staff administrators). */
  seesMembers: boolean;
  /** Whether the viewer reads the profile even if moderators hid it (its members, staff administrators). */
  seesHidden: boolean;
  notice: string | null;
}

export function OrganisationPage({ organisation, role, memberCount, seesMembers, seesHidden, notice }: Props) {
  const { t } = usePage().i18n;
  const base = `/organisations/${organisation.id}`;
  const hidden = organisation.hidden;
  if (hidden && !seesHidden) {
    // The name stays (it is on statements the organisation signed); what it wrote about itself does not.
    return (
      <section>
        <p><a href="/organisations">{t('organisations.directory-title')}</a></p>
        <h1>{organisation.name}</h1>
        <HiddenProfileNotice reason={hidden.reason} ownMember={false} />
      </section>
    );
  }
  return (
    <section>
      <p><a href="/organisations">{t('organisations.directory-title')}</a></p>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <h1>{organisation.name} <VerifiedMark organisation={organisation} /></h1>
      {hidden ? <HiddenProfileNotice reason={hidden.reason} ownMember={role !== null} /> : null}
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
        {role === 'admin' ? <li><a href={`${base}/delete`}>{t('organisations.delete-link')}</a></li> : null}
        {role === null && !hidden ? <li><a href={`/report/organisation/${organisation.id}`} rel="nofollow">{t('moderation.report-link')}</a></li> : null}
      </ul>
    </section>
  );
}

/** Blank lines separate paragraphs, as people type them. */
export function paragraphs(text: string): string[] {
  return text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
}
