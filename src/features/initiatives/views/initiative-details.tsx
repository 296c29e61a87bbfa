// What every view of an initiative shows the same way: who posted it, where, which rights and themes, when; the
// text in its own language; and its pictures, lazy-loaded at their size so slow connections load the text first.
import { countryName } from '../../../i18n/countries.ts';
import type { Translator } from '../../../i18n/translator.ts';
import { humanRightLabelKey, themeLabelKey } from '../../../platform/vocabulary/solidarity-vocabulary.ts';
import { usePage } from '../../../views/page-context.ts';
import { imagePath, languageName, type Initiative, type InitiativeAuthor, type InitiativeImage } from '../initiative.ts';

export function authorText(t: Translator['t'], author: InitiativeAuthor): string {
  if (author.kind === 'pseudonym') return t('initiatives.author-pseudonym', { label: author.label });
  if (author.kind === 'former-member') return t('initiatives.author-former-member');
  return author.organisation
    ? t('initiatives.author-for-organisation', { name: author.displayName, organisation: author.organisation.name })
    : author.displayName;
}

export function dayText(i18n: Translator, day: string): string {
  return i18n.formatDate(`${day}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
}

function periodText(i18n: Translator, initiative: Pick<Initiative, 'startsOn' | 'endsOn'>): string | null {
  const { startsOn, endsOn } = initiative;
  if (startsOn && endsOn) return i18n.t('initiatives.period-from-to', { from: dayText(i18n, startsOn), to: dayText(i18n, endsOn) });
  if (startsOn) return i18n.t('initiatives.period-from', { from: dayText(i18n, startsOn) });
  if (endsOn) return i18n.t('initiatives.period-until', { to: dayText(i18n, endsOn) });
  return null;
}

export function countriesText(locale: string, countries: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(countries.map((c) => countryName(c, locale)));
}

/** Who, where, which rights and themes, when, in which language. */
export function InitiativeFacts({ initiative }: { initiative: Omit<Initiative, 'images'> }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const period = periodText(i18n, initiative);
  return (
    <dl class="facts">
      <dt>{t('initiatives.fact-author')}</dt>
      <dd>{authorText(t, initiative.author)}</dd>
      <dt>{t('initiatives.fact-countries')}</dt>
      <dd>{countriesText(i18n.locale, initiative.countries)}</dd>
      <dt>{t('initiatives.fact-rights')}</dt>
      <dd>{initiative.rights.map((r) => t(humanRightLabelKey(r))).join(' · ')}</dd>
      {initiative.themes.length ? <><dt>{t('initiatives.fact-themes')}</dt><dd>{initiative.themes.map((th) => t(themeLabelKey(th))).join(' · ')}</dd></> : null}
      {period ? <><dt>{t('initiatives.fact-period')}</dt><dd>{period}</dd></> : null}
      <dt>{t('initiatives.fact-language')}</dt>
      <dd>{languageName(initiative.language, i18n.locale)}</dd>
    </dl>
  );
}

/** The description, a paragraph per blank-line-separated block, marked with the language it is written in. */
export function InitiativeText({ initiative }: { initiative: Pick<Initiative, 'description' | 'language' | 'link'> }) {
  const { t } = usePage().i18n;
  return (
    <>
      <div lang={initiative.language}>
        {initiative.description.split(/\n\s*\n/).map((paragraph) => <p class="answer">{paragraph.trim()}</p>)}
      </div>
      {initiative.link ? <p><a href={initiative.link} rel="nofollow noopener noreferrer ugc">{t('initiatives.more-at', { host: hostOf(initiative.link) })}</a></p> : null}
    </>
  );
}

function hostOf(link: string): string {
  try {
    return new URL(link).host;
  } catch {
    return link;
  }
}

export function InitiativeImages({ images }: { images: readonly InitiativeImage[] }) {
  if (!images.length) return null;
  return (
    <div class="initiative-images">
      {images.map((image) => (
        <figure>
          <img src={imagePath(image)} alt={image.alt} width={image.width} height={image.height} loading="lazy" decoding="async" />
        </figure>
      ))}
    </div>
  );
}
