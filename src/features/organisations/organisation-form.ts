// The organisation form as typed, and its validation into domain values. Errors are message keys, shown beside
// each field; what was typed is kept as typed so a 422 page gives it all back.
import { formList, formText } from '../../http/form-fields.ts';
import { isCountryCode } from '../../i18n/countries.ts';
import { isTheme, type Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import type { FieldErrors } from '../../views/form.tsx';
import {
  isAtRiskMode, isOrganisationKind, isWorkingLanguage, normaliseWebsite, organisationLimits, type AtRiskMode,
  type Organisation, type OrganisationKind,
} from './organisation.ts';

export interface OrganisationForm {
  name: string;
  kind: string;
  countries: string[];
  themes: string[];
  languages: string[];
  description: string;
  website: string;
  atRiskMode: string;
}

export interface OrganisationDetails {
  name: string;
  kind: OrganisationKind;
  countries: string[];
  themes: Theme[];
  languages: string[];
  description: string;
  website: string | null;
  atRiskMode: AtRiskMode;
}

export const emptyOrganisationForm: OrganisationForm = {
  name: '', kind: '', countries: [], themes: [], languages: [], description: '', website: '', atRiskMode: 'off',
};

export function readOrganisationForm(body: unknown): OrganisationForm {
  return {
    name: formText(body, 'name'), kind: formText(body, 'kind'), countries: formList(body, 'countries'),
    themes: formList(body, 'themes'), languages: formList(body, 'languages'), description: formText(body, 'description'),
    website: formText(body, 'website'), atRiskMode: formText(body, 'atRiskMode') || 'off',
  };
}

export function formOfOrganisation(organisation: Organisation): OrganisationForm {
  return {
    name: organisation.name, kind: organisation.kind, countries: [...organisation.countries], themes: [...organisation.themes],
    languages: [...organisation.languages], description: organisation.description, website: organisation.website ?? '',
    atRiskMode: organisation.atRiskMode,
  };
}

const unique = (values: readonly string[]) => [...new Set(values)];

export function validateOrganisationForm(form: OrganisationForm): { kind: 'valid'; details: OrganisationDetails } | { kind: 'invalid'; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  const description = form.description.trim();
  if (name === '') errors.name = { key: 'organisations.error-name-required' };
  else if (name.length > organisationLimits.nameMaxChars) errors.name = { key: 'organisations.error-too-long', values: { max: organisationLimits.nameMaxChars } };
  if (!isOrganisationKind(form.kind)) errors.kind = { key: 'organisations.error-kind-required' };
  const countries = unique(form.countries);
  if (countries.length === 0) errors.countries = { key: 'organisations.error-countries-required' };
  else if (!countries.every(isCountryCode)) errors.countries = { key: 'organisations.error-choice-unknown' };
  const themes = unique(form.themes);
  if (!themes.every(isTheme)) errors.themes = { key: 'organisations.error-choice-unknown' };
  const languages = unique(form.languages);
  if (!languages.every(isWorkingLanguage)) errors.languages = { key: 'organisations.error-choice-unknown' };
  if (description.length > organisationLimits.descriptionMaxChars) errors.description = { key: 'organisations.error-too-long', values: { max: organisationLimits.descriptionMaxChars } };
  const website = form.website.trim() === '' ? null : normaliseWebsite(form.website);
  if (form.website.trim() !== '' && website === null) errors.website = { key: 'organisations.error-website-invalid' };
  if (!isAtRiskMode(form.atRiskMode)) errors.atRiskMode = { key: 'organisations.error-choice-unknown' };
  if (Object.keys(errors).length > 0 || !isOrganisationKind(form.kind) || !isAtRiskMode(form.atRiskMode)) return { kind: 'invalid', errors };
  return {
    kind: 'valid',
    details: { name, kind: form.kind, countries: countries.sort(), themes: themes as Theme[], languages, description, website, atRiskMode: form.atRiskMode },
  };
}
