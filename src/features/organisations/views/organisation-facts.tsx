// The public facts of an organisation (kind, countries, themes, languages, website), shared by its profile and
// the staff verification page. The website is a plain link the server never fetches; nofollow keeps the platform
// from lending it search-engine weight, noopener keeps the opened page from reaching back into this one.
import { countryName } from '../../../i18n/countries.ts';
import { themeLabelKey } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { usePage } from '../../../views/page-context.ts';
import { languageName, type Organisation } from '../organisation.ts';

export function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const { i18n } = usePage();
  const { t, locale } = i18n;
  const list = (items: readonly string[]) => items.length ? items.join(', ') : t('organisations.none-given');
  return (
    <dl class="facts">
      <dt>{t('organisations.field-kind')}</dt>
      <dd>{t(`organisations.kind.${organisation.kind}`)}</dd>
      <dt>{t('organisations.field-countries')}</dt>
      <dd>{list(organisation.countries.map((c) => countryName(c, locale)))}</dd>
      <dt>{t('organisations.field-themes')}</dt>
      <dd>{list(organisation.themes.map((theme) => t(themeLabelKey(theme))))}</dd>
      <dt>{t('organisations.field-languages')}</dt>
      <dd>{list(organisation.languages.map((code) => languageName(code, locale)))}</dd>
      {organisation.website ? (
        <>
          <dt>{t('organisations.field-website')}</dt>
          <dd><a href={organisation.website} rel="nofollow noopener">{organisation.website}</a></dd>
        </>
      ) : null}
    </dl>
  );
}

export function VerifiedMark({ organisation }: { organisation: Pick<Organisation, 'verifiedAt'> }) {
  const { t } = usePage().i18n;
  return organisation.verifiedAt ? <span class="badge verified">{t('organisations.verified')}</span> : null;
}
