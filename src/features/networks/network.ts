// Networks of organisations (issue 6): cross-border, regional, transnational or international coalitions, public
// (anyone may read their page) or private (only their members). Scopes and visibilities are stable keys.
import type { Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';

export const networkScopes = ['cross-border-local', 'regional', 'transnational', 'international'] as const;
export type NetworkScope = (typeof networkScopes)[number];

export const networkVisibilities = ['public', 'private'] as const;
export type NetworkVisibility = (typeof networkVisibilities)[number];

export interface Network {
  id: string;
  name: string;
  scope: NetworkScope;
  themes: readonly Theme[];
  countries: readonly string[];
  visibility: NetworkVisibility;
  description: string;
  createdAt: string;
}

/** A pending invitation (a coordinator asked the organisation) or join request (the organisation asked). */
export type ApplicationDirection = 'invitation' | 'request';

export interface NetworkApplication {
  networkId: string;
  organisationId: string;
  direction: ApplicationDirection;
  askedBy: string | null;
  createdAt: string;
}

export interface Coordinator {
  networkId: string;
  memberId: string;
  organisationId: string;
  appointedAt: string;
}

export const isNetworkScope = (value: string): value is NetworkScope => (networkScopes as readonly string[]).includes(value);
export const isNetworkVisibility = (value: string): value is NetworkVisibility => (networkVisibilities as readonly string[]).includes(value);

export const networkLimits = { nameMaxChars: 200, descriptionMaxChars: 5000, removalReasonMaxChars: 2000 } as const;

/** A coordinator's removal of an organisation from a network, as its administrators read it. */
export interface NetworkRemoval {
  networkId: string;
  networkName: string;
  reason: string;
  removedAt: string;
}
