// Organisation profiles lent to moderation through organisations' index.ts. Platform staff moderate them
// (MODERATION.md "Who decides"); the organisation is its own `organisationId`, so its members can never decide on
// it. A profile has no personal author: it speaks for the organisation, so nobody is stored as its author (no one
// member can be blocked for it, and none is named on the case); instead its administrators at the time of asking
// answer for it — they read the hiding on their notices page and may appeal it, even after administrators change.
import { findOrganisation, hideOrganisation, loadViewer, membershipsOfMember, organisationVisibleTo, restoreOrganisation, withAudience } from '../../organisations/index.ts';
import { networkLinks } from '../../networks/index.ts';
import type { ModeratedKind } from '../moderation.ts';

export const organisationKind: ModeratedKind = {
  kind: 'organisation',
  authorless: 'organisation-profile',
  async find(db, id) {
    const organisation = await findOrganisation(db, id);
    if (!organisation) return undefined;
    return {
      scope: 'platform', author: null, organisationId: organisation.id, title: organisation.name, excerpt: organisation.description,
      url: `/organisations/${organisation.id}`, hidden: organisation.hidden !== null,
    };
  },
  /** A report form must not confirm that an at-risk profile exists to someone it is withheld from. */
  async visibleTo(db, id, memberId) {
    const found = await findOrganisation(db, id);
    if (!found || found.hidden) return false;
    const [organisation] = await withAudience(db, networkLinks, [found]);
    return organisationVisibleTo(await loadViewer(db, networkLinks, { memberId, staffRole: null }), organisation!);
  },
  hide: (deps, id, reason) => hideOrganisation(deps, id, reason),
  restore: (deps, id) => restoreOrganisation(deps, id),
  async itemsAnsweredFor(db, memberId) {
    return (await membershipsOfMember(db, memberId)).filter((m) => m.role === 'admin').map((m) => m.organisationId);
  },
};
