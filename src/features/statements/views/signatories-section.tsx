// The signatories of a statement and their counts, as every reader sees them: withheld names are said to be
// withheld (with at most the regional group), and every figure is a table a screen reader can walk.
import { countryName } from '../../../i18n/countries.ts';
import { DataTable } from '../../../views/charts/data-table.tsx';
import { usePage } from '../../../views/page-context.ts';
import { signedOn, type Signatory, type SignatoryCounts } from '../signatories.ts';

function SignatoryName({ signatory }: { signatory: Signatory }) {
  const { t } = usePage().i18n;
  if (signatory.name !== null) return <span class="signatory-name">{signatory.name}</span>;
  const [group] = signatory.regionalGroups;
  return <span class="signatory-withheld">{group ? t('statements.signatory-withheld-in-region', { region: t(`statements.region.${group}`) }) : t('statements.signatory-withheld')}</span>;
}

export function SignatoriesSection({ signatories, counts, signHref }: { signatories: Signatory[]; counts: SignatoryCounts; signHref: string }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <section class="signatories" aria-labelledby="signatories-heading">
      <h2 id="signatories-heading">{t('statements.signatories-heading', { count: counts.total })}</h2>
      <p><a href={signHref}>{t('statements.sign-link')}</a></p>
      {counts.ofIssuingNetwork > 0 ? <p>{t('statements.signatories-network-count', { count: counts.ofIssuingNetwork })}</p> : null}
      {counts.withheld > 0 ? <p>{t('statements.signatories-withheld-count', { count: counts.withheld })}</p> : null}
      {signatories.length === 0 ? <p>{t('statements.signatories-none')}</p> : (
        <ol class="signatory-list">
          {signatories.map((signatory) => (
            <li>
              <SignatoryName signatory={signatory} />
              {signatory.memberOfIssuingNetwork ? <> <span class="badge">{t('statements.member-of-network')}</span></> : null}
              {signatory.countries.length ? <> ({signatory.countries.map((c) => countryName(c, i18n.locale)).join(', ')})</> : null}
              {' · '}<time datetime={signedOn(signatory.signedAt)}>{i18n.formatDate(signatory.signedAt, { dateStyle: 'medium', timeZone: 'UTC' })}</time>
            </li>
          ))}
        </ol>
      )}
      {counts.total > 0 ? (
        <>
          <DataTable
            caption={t('statements.counts-by-region')} labelHeader={t('statements.region-header')} valueHeaders={[t('statements.signatories-header')]}
            rows={counts.byRegion.filter((r) => r.count > 0).map((r) => ({ label: t(`statements.region.${r.region}`), values: [r.count] }))}
          />
          {counts.byCountry.length ? (
            <DataTable
              caption={t('statements.counts-by-country')} labelHeader={t('statements.country-header')} valueHeaders={[t('statements.signatories-header')]}
              rows={counts.byCountry.map((c) => ({ label: countryName(c.country, i18n.locale), values: [c.count] }))}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
