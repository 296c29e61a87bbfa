// The network directory for a viewer: public networks and the private ones their organisations belong to,
// filtered by theme, country and scope (unknown filter values dropped before they reach SQL).
import type { Db } from '../../db/database.ts';
import { isCountryCode } from '../../i18n/countries.ts';
import { isTheme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import type { Viewer } from '../organisations/index.ts';
import { isNetworkScope, type Network } from './network.ts';
import { listNetworks } from './networks.repository.ts';
import type { NetworkDirectoryQuery } from './views/directory-page.tsx';

export function cleanNetworkQuery(query: Partial<Record<keyof NetworkDirectoryQuery, unknown>>): NetworkDirectoryQuery {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const country = text(query.country).toUpperCase();
  return {
    theme: isTheme(text(query.theme)) ? text(query.theme) : '',
    country: isCountryCode(country) ? country : '',
    scope: isNetworkScope(text(query.scope)) ? text(query.scope) : '',
  };
}

export async function listVisibleNetworks(db: Db, viewer: Viewer, query: NetworkDirectoryQuery): Promise<Network[]> {
  return listNetworks(db, { theme: query.theme || undefined, country: query.country || undefined, scope: query.scope || undefined }, [...viewer.networkIds]);
}
