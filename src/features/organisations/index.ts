// What other features may use of organisations: the visibility rule and public names (statements, search,
// networks), the viewer behind a request, organisations and memberships, the form fields networks share.
import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../deps.ts';
import type { NetworkLinks } from './network-links.ts';
import { organisationDeletionRoutes } from './organisation-deletion.routes.tsx';
import { organisationMembersRoutes } from './organisation-members.routes.tsx';
import { organisationsPublicRoutes } from './organisations.routes.tsx';
import { organisationsStaffRoutes } from './organisations.staff.routes.tsx';
import type { StatementLinks } from './statement-links.ts';

export {
  anonymousViewer, organisationVisibleTo, publicNameOf, publicNameText, seesHiddenProfile, soleRegionalGroup, viewerKind,
  type OrganisationAudience, type PublicName, type Viewer, type ViewerKind,
} from './visibility.ts';
export { loadViewer, viewerOf, type Looker } from './load-viewer.ts';
export type { NetworkLinks } from './network-links.ts';
export type { StatementLinks } from './statement-links.ts';
export { withAudience, type AudiencedOrganisation } from './organisation-audience.ts';
export { findVisibleOrganisation, type VisibleOrganisation } from './find-visible-organisation.ts';
export {
  atRiskModes, organisationKinds, organisationRoles, type AtRiskMode, type Organisation, type OrganisationKind,
  type OrganisationMembership, type OrganisationRole,
} from './organisation.ts';
export { findOrganisation, findOrganisations, listOrganisations } from './organisations.repository.ts';
export { hideOrganisation, restoreOrganisation } from './hide-organisation.ts';
export { findMembership, membershipsOfMember } from './organisation-members.repository.ts';
export { CountriesField, MultiSelectField, ThemesField } from './views/choice-fields.tsx';
export { VerifiedMark } from './views/organisation-facts.tsx';
export { NotAvailablePage } from './views/not-available-page.tsx';
export { paragraphs } from './views/organisation-page.tsx';
export { noticeFrom } from './organisations.routes.tsx';

/** Every organisation route: public and members' pages, member management, deletion, and the staff verification pages. */
export function organisationsRoutes(deps: AppDeps, links: NetworkLinks, statements: StatementLinks): FastifyPluginAsync {
  return async (app) => {
    await app.register(organisationsPublicRoutes(deps, links));
    await app.register(organisationMembersRoutes(deps, links));
    await app.register(organisationDeletionRoutes(deps, links, statements));
    await app.register(organisationsStaffRoutes(deps));
  };
}
