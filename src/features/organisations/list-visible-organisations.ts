// The directory: organisations matching the filters that the viewer may see. Anonymous readers are asked only for
// public profiles in SQL; anyone else gets each candidate checked by the visibility rule. A profile moderators hid
// is listed only for its own members and staff administrators.
import type { Db } from '../../db/database.ts';
import { isCountryCode } from '../../i18n/countries.ts';
import { isTheme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import type { NetworkLinks } from './network-links.ts';
import { isOrganisationKind, type Organisation } from './organisation.ts';
import { withAudience } from './organisation-audience.ts';
import { listOrganisations } from './organisations.repository.ts';
import { organisationVisibleTo, seesHiddenProfile, type Viewer } from './visibility.ts';

export interface DirectoryQuery {
  country: string;
  theme: string;
  kind: string;
}

/** Unknown filter values are dropped, so nothing typed into a query string reaches SQL unchecked. */
export function cleanDirectoryQuery(query: Partial<Record<keyof DirectoryQuery, unknown>>): DirectoryQuery {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const country = text(query.country).toUpperCase();
  return {
    country: isCountryCode(country) ? country : '',
    theme: isTheme(text(query.theme)) ? text(query.theme) : '',
    kind: isOrganisationKind(text(query.kind)) ? text(query.kind) : '',
  };
}

export async function listVisibleOrganisations(db: Db, links: NetworkLinks, viewer: Viewer, query: DirectoryQuery): Promise<Organisation[]> {
  const sees = viewer.memberId !== null || viewer.staffAdministrator;
  const candidates = await listOrganisations(db, {
    country: query.country || undefined, theme: query.theme || undefined, kind: query.kind || undefined,
    ...(sees ? {} : { atRiskModes: ['off'], shownOnly: true }),
  });
  if (!sees) return candidates;
  return (await withAudience(db, links, candidates))
    .filter((organisation) => organisationVisibleTo(viewer, organisation) && (!organisation.hidden || seesHiddenProfile(viewer, organisation.id)));
}
