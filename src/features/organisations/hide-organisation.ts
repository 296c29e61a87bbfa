// Platform staff hide an organisation's profile that breaks the rules (docs/MODERATION.md), or restore it; the
// moderation feature calls these (through kinds/organisation-kind.ts) and records who decided in the audit log.
// Hiding keeps the row: its members and staff still read the profile, everyone else reads "hidden by moderators"
// and the reason; it leaves search and the directory at once. Its name stays on statements it signed: signatures
// are history, and a re-issued signed file must not change because of a moderation decision.
import type { AppDeps } from '../../deps.ts';
import { findOrganisation, setHidden } from './organisations.repository.ts';
import { syncOrganisationSearch } from './search-presence.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'publicPages'>;

export async function hideOrganisation(deps: Deps, id: string, reason: string): Promise<boolean> {
  return changeHidden(deps, id, { at: deps.clock.now().toISOString(), reason });
}

export async function restoreOrganisation(deps: Deps, id: string): Promise<boolean> {
  return changeHidden(deps, id, null);
}

async function changeHidden(deps: Deps, id: string, hidden: { at: string; reason: string } | null): Promise<boolean> {
  const at = deps.clock.now().toISOString();
  const changed = await deps.db.transaction().execute(async (trx) => {
    if (!(await setHidden(trx, id, hidden))) return false;
    const organisation = await findOrganisation(trx, id);
    if (organisation) await syncOrganisationSearch(trx, organisation, at);
    return true;
  });
  if (changed) deps.publicPages.invalidate();
  return changed;
}
