// Who may see an organisation, and by what name: the one rule every feature that shows organisations applies
// (profiles, directories, network pages, statements' signatory lists, search). Pure, so it is tested exhaustively
// and cannot drift between features; `load-viewer.ts` gathers the facts about the person looking.
import { regionalGroupOf, type RegionalGroup } from '../../platform/geo/un-regional-groups.ts';
import type { AtRiskMode } from './organisation.ts';

/** The facts about whoever is looking that visibility depends on. */
export interface Viewer {
  /** The signed-in member, or null for anyone else (anonymous, or staff without a member account). */
  memberId: string | null;
  /** Organisations the member belongs to (any role). */
  organisationIds: ReadonlySet<string>;
  /** Organisations the member administers. */
  adminOf: ReadonlySet<string>;
  /** Whether one of the member's organisations is verified by platform staff. */
  memberOfVerifiedOrganisation: boolean;
  /** Networks the member's organisations belong to. */
  networkIds: ReadonlySet<string>;
  /** A platform staff administrator (staff role `admin`): sees every profile, to verify and moderate. */
  staffAdministrator: boolean;
}

export const anonymousViewer: Viewer = Object.freeze({
  memberId: null, organisationIds: new Set<string>(), adminOf: new Set<string>(), memberOfVerifiedOrganisation: false,
  networkIds: new Set<string>(), staffAdministrator: false,
});

/** What visibility needs to know about an organisation. */
export interface OrganisationAudience {
  id: string;
  atRiskMode: AtRiskMode;
  /** Networks the organisation belongs to. */
  networkIds: readonly string[];
}

export type ViewerKind = 'anonymous' | 'member' | 'verified-member' | 'network-partner' | 'own-member' | 'staff-administrator';

/** The strongest relation between a viewer and an organisation; the visibility rule reads as a table over it. */
export function viewerKind(viewer: Viewer, organisation: Pick<OrganisationAudience, 'id' | 'networkIds'>): ViewerKind {
  if (viewer.organisationIds.has(organisation.id)) return 'own-member';
  if (viewer.staffAdministrator) return 'staff-administrator';
  if (organisation.networkIds.some((id) => viewer.networkIds.has(id))) return 'network-partner';
  if (viewer.memberId && viewer.memberOfVerifiedOrganisation) return 'verified-member';
  if (viewer.memberId) return 'member';
  return 'anonymous';
}

const seenBy: Readonly<Record<AtRiskMode, ReadonlySet<ViewerKind>>> = {
  off: new Set(['anonymous', 'member', 'verified-member', 'network-partner', 'own-member', 'staff-administrator']),
  'verified-members': new Set(['verified-member', 'network-partner', 'own-member', 'staff-administrator']),
  networks: new Set(['network-partner', 'own-member', 'staff-administrator']),
};

/** Whether the viewer may see the organisation's profile and its name. */
export function organisationVisibleTo(viewer: Viewer, organisation: OrganisationAudience): boolean {
  return seenBy[organisation.atRiskMode].has(viewerKind(viewer, organisation));
}

/**
 * Whether the viewer reads a hidden profile in full: its own members (to know what moderators hid and appeal it)
 * and staff administrators (who moderate it). Everyone else reads only that moderators hid it, and why.
 */
export function seesHiddenProfile(viewer: Viewer, organisationId: string): boolean {
  return viewer.organisationIds.has(organisationId) || viewer.staffAdministrator;
}

/**
 * The name the viewer may read: the real one, or, for an at-risk organisation they may not see, a label that says
 * no more than its UN regional group (null when it works across groups or in none). No stable pseudonym is shown:
 * one label repeated on every statement an at-risk organisation signs would let its signatures be linked together.
 */
export type PublicName = { kind: 'name'; name: string } | { kind: 'withheld'; regionalGroup: RegionalGroup | null };

export function publicNameOf(organisation: OrganisationAudience & { name: string; countries: readonly string[] }, viewer: Viewer): PublicName {
  if (organisationVisibleTo(viewer, organisation)) return { kind: 'name', name: organisation.name };
  return { kind: 'withheld', regionalGroup: soleRegionalGroup(organisation.countries) };
}

export function soleRegionalGroup(countries: readonly string[]): RegionalGroup | null {
  const groups = new Set(countries.map(regionalGroupOf));
  const [only] = groups;
  return groups.size === 1 && only ? only : null;
}

/** The words for a public name, for features that need text rather than markup (search, signed files). */
export function publicNameText(name: PublicName, t: (key: string, values?: Record<string, string>) => string): string {
  if (name.kind === 'name') return name.name;
  return name.regionalGroup
    ? t('organisations.withheld-in-region', { region: t(`organisations.region.${name.regionalGroup}`) })
    : t('organisations.withheld');
}
