// Organisations in a network's lists, each under the name the viewer may read: a link to the profile when they may
// see it, the withheld label ("An organisation in …") otherwise, never a link that would confirm which one.
import { usePage } from '../../../views/page-context.ts';
import { publicNameText } from '../../organisations/index.ts';
import type { NetworkOrganisationEntry } from '../read-network-page.ts';

/** `removeFrom`: the network whose coordinator is reading, to offer removing each organisation from it. */
export function OrganisationList({ entries, removeFrom }: { entries: NetworkOrganisationEntry[]; removeFrom?: string }) {
  const { t } = usePage().i18n;
  return (
    <ul>
      {entries.map((entry) => (
        <li>
          {entry.name.kind === 'name' ? <a href={`/organisations/${entry.id}`}>{entry.name.name}</a> : publicNameText(entry.name, t)}
          {entry.verified ? <> <span class="badge verified">{t('networks.verified')}</span></> : null}
          {removeFrom ? <> <a href={`/networks/${removeFrom}/organisations/${entry.id}/remove`}>{t('networks.remove-link')}</a></> : null}
        </li>
      ))}
    </ul>
  );
}
