// The network directory: public networks, and the private ones the viewer's organisations belong to.
import { countryOptions } from '../../../i18n/countries.ts';
import { themes, themeLabelKey } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { SelectField } from '../../../views/form.tsx';
import { usePage } from '../../../views/page-context.ts';
import { networkScopes, type Network } from '../network.ts';

export interface NetworkDirectoryQuery {
  theme: string;
  country: string;
  scope: string;
}

export function NetworkDirectoryPage({ networks, query, signedIn, notice }: { networks: Network[]; query: NetworkDirectoryQuery; signedIn: boolean; notice: string | null }) {
  const { i18n } = usePage();
  const { t, locale } = i18n;
  return (
    <section>
      {notice ? <p class="notice" role="status">{t(notice)}</p> : null}
      <h1>{t('networks.directory-title')}</h1>
      <p>{t('networks.directory-intro')}</p>
      {signedIn ? <p><a class="button" href="/networks/new">{t('networks.new-title')}</a></p> : null}
      <form method="get" action="/networks" class="filters">
        <SelectField name="theme" label={t('networks.field-theme')} value={query.theme} placeholder={t('networks.any')} options={themes.map((theme) => ({ value: theme, label: t(themeLabelKey(theme)) }))} />
        <SelectField name="country" label={t('networks.field-country')} value={query.country} placeholder={t('networks.any')} options={countryOptions(locale)} />
        <SelectField name="scope" label={t('networks.field-scope')} value={query.scope} placeholder={t('networks.any')} options={networkScopes.map((scope) => ({ value: scope, label: t(`networks.scope.${scope}`) }))} />
        <div class="actions"><button type="submit">{t('networks.filter')}</button></div>
      </form>
      <p>{t('networks.directory-count', { count: networks.length })}</p>
      <ul class="cards">
        {networks.map((network) => (
          <li>
            <a href={`/networks/${network.id}`}>{network.name}</a>
            {network.visibility === 'private' ? <> <span class="badge">{t('networks.visibility.private')}</span></> : null}
            <p class="meta">{[t(`networks.scope.${network.scope}`), ...network.themes.map((theme) => t(themeLabelKey(theme)))].join(' · ')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
