// "Inputs received" for a call, grouped by kind of stakeholder as the OHCHR mandate pages list them.
import { countryName } from '../../../i18n/countries.ts';
import { pickTranslation } from '../../../i18n/translator.ts';
import { usePage } from '../../../views/page-context.ts';
import { stakeholderTypes, type Call } from '../../calls/index.ts';
import type { PublicationSummary } from '../publication.ts';

export function InputsReceivedView({ call, publications }: { call: Call; publications: PublicationSummary[] }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const title = pickTranslation(call.title, i18n.locale);
  const groups = stakeholderTypes
    .map((type) => ({ type, items: publications.filter((p) => p.stakeholderType === type) }))
    .filter((group) => group.items.length);
  return (
    <section>
      <p><a href={`/calls/${call.slug}`} lang={title.lang}>{title.text}</a></p>
      <h1>{t('publications.list-title')}</h1>
      <p>{t('publications.list-intro', { count: publications.length })}</p>
      {groups.length ? null : <p class="notice">{t('publications.list-empty')}</p>}
      {groups.length ? (
        <p>
          {t('open-data.download')} <a href={`/api/v1/calls/${call.slug}/inputs.csv`}>{t('open-data.format-csv')}</a>
          {' · '}<a href={`/api/v1/calls/${call.slug}/inputs.json`}>{t('open-data.format-json')}</a>
        </p>
      ) : null}
      {groups.map((group) => (
        <section aria-labelledby={`type-${group.type}`}>
          <h2 id={`type-${group.type}`}>{t('publications.group-heading', { type: t(`domain.stakeholder.${group.type}`), count: group.items.length })}</h2>
          <ul class="cards">
            {group.items.map((p) => (
              <li>
                <a href={`/calls/${call.slug}/inputs/${encodeURIComponent(p.reference)}`}>{p.displayName ?? t('publications.anonymous')}</a>
                <p class="meta">
                  {[p.countries.map((c) => countryName(c, i18n.locale)).join(', '), t(`domain.language.${p.language}`)].filter(Boolean).join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
