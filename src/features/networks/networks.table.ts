export interface NetworksTable {
  id: string;
  name: string;
  scope: string;
  /** JSON arrays of keys, as for organisations. */
  themes: string;
  countries: string;
  visibility: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface NetworkOrganisationsTable {
  network_id: string;
  organisation_id: string;
  joined_at: string;
}

export interface NetworkCoordinatorsTable {
  network_id: string;
  member_id: string;
  /** The member organisation through which the member coordinates: leaving the network ends the role. */
  organisation_id: string;
  appointed_at: string;
}

export interface NetworkApplicationsTable {
  network_id: string;
  organisation_id: string;
  /** `invitation` (a coordinator asked the organisation) or `request` (the organisation asked to join). */
  direction: string;
  /** The member who asked; null once their account is gone. */
  asked_by: string | null;
  created_at: string;
}

export interface NetworkRemovalsTable {
  id: string;
  network_id: string;
  organisation_id: string;
  /** Written by the coordinator, read by the removed organisation's administrators. */
  reason: string;
  removed_by: string | null;
  removed_at: string;
}

export interface NetworksTables {
  networks: NetworksTable;
  network_organisations: NetworkOrganisationsTable;
  network_coordinators: NetworkCoordinatorsTable;
  network_applications: NetworkApplicationsTable;
  network_removals: NetworkRemovalsTable;
}
