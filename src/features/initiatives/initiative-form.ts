// Reading the initiative form: what was typed (kept as typed, to show again with errors) and, when it is valid, the
// content to store. Errors are message keys beside their field, worded in the initiatives namespace.
import { isCountryCode } from '../../i18n/countries.ts';
import { isHumanRight, isTheme, type HumanRight, type Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import type { FieldErrors } from '../../views/form.tsx';
import type { FormBody } from '../submissions/index.ts';
import { initiativeLimits, isInitiativeLanguage, type InitiativeContent } from './initiative.ts';

/** A picture already stored, as the edit form shows it: its description can change, or it can be removed. */
export interface KeptImageForm {
  id: string;
  alt: string;
  remove: boolean;
}

export interface InitiativeForm {
  title: string;
  description: string;
  rights: string[];
  themes: string[];
  countries: string[];
  startsOn: string;
  endsOn: string;
  link: string;
  language: string;
  /** An organisation id, or '' to post in one's own name. */
  organisationId: string;
  /** The description typed for each new picture's slot (1-based slot n is index n - 1). */
  newImageAlts: string[];
  keptImages: KeptImageForm[];
}

export const imageField = (slot: number) => `image-${slot}`;
export const imageAltField = (slot: number) => `image-${slot}-alt`;
export const keptAltField = (id: string) => `kept-${id}-alt`;
export const keptRemoveField = (id: string) => `kept-${id}-remove`;

export function emptyInitiativeForm(language: string): InitiativeForm {
  return {
    title: '', description: '', rights: [], themes: [], countries: [], startsOn: '', endsOn: '', link: '', language,
    organisationId: '', newImageAlts: [], keptImages: [],
  };
}

export function readInitiativeForm(body: FormBody, keptImageIds: readonly string[]): InitiativeForm {
  return {
    title: body.one('title'), description: body.one('description'), rights: body.many('rights'), themes: body.many('themes'),
    countries: body.many('countries'), startsOn: body.one('starts-on'), endsOn: body.one('ends-on'), link: body.one('link'),
    language: body.one('language'), organisationId: body.one('organisation'),
    newImageAlts: Array.from({ length: initiativeLimits.maxImages }, (_, i) => body.one(imageAltField(i + 1))),
    keptImages: keptImageIds.map((id) => ({ id, alt: body.one(keptAltField(id)), remove: body.one(keptRemoveField(id)) !== '' })),
  };
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
function isDay(value: string): boolean {
  return isoDay.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The content when every field is valid; errors otherwise (pictures are checked apart, in check-images.ts). */
export function validateContent(form: InitiativeForm): { content: InitiativeContent | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const error = (field: string, key: string, values?: Record<string, number>) => { errors[field] = { key: `initiatives.error.${key}`, ...(values ? { values } : {}) }; };
  const title = form.title.trim();
  const description = form.description.trim();
  const link = form.link.trim();
  if (!title) error('title', 'title-required');
  else if (title.length > initiativeLimits.titleMaxChars) error('title', 'title-too-long', { max: initiativeLimits.titleMaxChars });
  if (!description) error('description', 'description-required');
  else if (description.length > initiativeLimits.descriptionMaxChars) error('description', 'description-too-long', { max: initiativeLimits.descriptionMaxChars });
  const rights = [...new Set(form.rights)].filter(isHumanRight);
  const themes = [...new Set(form.themes)].filter(isTheme);
  const countries = [...new Set(form.countries)].filter(isCountryCode);
  if (!rights.length) error('rights', 'rights-required');
  if (!countries.length) error('countries', 'countries-required');
  else if (countries.length > initiativeLimits.maxCountries) error('countries', 'countries-too-many', { max: initiativeLimits.maxCountries });
  if (!isInitiativeLanguage(form.language)) error('language', 'language-required');
  if (form.startsOn && !isDay(form.startsOn)) error('starts-on', 'date-invalid');
  if (form.endsOn && !isDay(form.endsOn)) error('ends-on', 'date-invalid');
  else if (form.endsOn && isDay(form.startsOn) && form.endsOn < form.startsOn) error('ends-on', 'ends-before-start');
  if (link && (link.length > initiativeLimits.linkMaxChars || !isWebLink(link))) error('link', 'link-invalid');
  for (const kept of form.keptImages) {
    if (!kept.remove && !kept.alt.trim()) error(keptAltField(kept.id), 'alt-required');
    else if (kept.alt.trim().length > initiativeLimits.altMaxChars) error(keptAltField(kept.id), 'alt-too-long', { max: initiativeLimits.altMaxChars });
  }
  if (Object.keys(errors).length) return { content: null, errors };
  return {
    content: {
      title, description, rights: rights as HumanRight[], themes: themes as Theme[], countries, language: form.language,
      startsOn: form.startsOn || null, endsOn: form.endsOn || null, link: link || null,
    },
    errors,
  };
}
