// The network form as typed, and its validation into domain values (errors as message keys, input kept as typed).
import { formList, formText } from '../../http/form-fields.ts';
import { isCountryCode } from '../../i18n/countries.ts';
import { isTheme, type Theme } from '../../platform/vocabulary/solidarity-vocabulary.ts';
import type { FieldErrors } from '../../views/form.tsx';
import { isNetworkScope, isNetworkVisibility, networkLimits, type Network, type NetworkScope, type NetworkVisibility } from './network.ts';

export interface NetworkForm {
  name: string;
  scope: string;
  themes: string[];
  countries: string[];
  visibility: string;
  description: string;
  /** On creation: the organisation that founds the network (the creator must administer it). */
  organisationId: string;
}

export interface NetworkDetails {
  name: string;
  scope: NetworkScope;
  themes: Theme[];
  countries: string[];
  visibility: NetworkVisibility;
  description: string;
}

export const emptyNetworkForm: NetworkForm = { name: '', scope: '', themes: [], countries: [], visibility: 'public', description: '', organisationId: '' };

export function readNetworkForm(body: unknown): NetworkForm {
  return {
    name: formText(body, 'name'), scope: formText(body, 'scope'), themes: formList(body, 'themes'), countries: formList(body, 'countries'),
    visibility: formText(body, 'visibility'), description: formText(body, 'description'), organisationId: formText(body, 'organisation'),
  };
}

export function formOfNetwork(network: Network): NetworkForm {
  return {
    name: network.name, scope: network.scope, themes: [...network.themes], countries: [...network.countries],
    visibility: network.visibility, description: network.description, organisationId: '',
  };
}

export function validateNetworkForm(form: NetworkForm): { kind: 'valid'; details: NetworkDetails } | { kind: 'invalid'; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  const description = form.description.trim();
  if (name === '') errors.name = { key: 'networks.error-name-required' };
  else if (name.length > networkLimits.nameMaxChars) errors.name = { key: 'networks.error-too-long', values: { max: networkLimits.nameMaxChars } };
  if (!isNetworkScope(form.scope)) errors.scope = { key: 'networks.error-scope-required' };
  const themes = [...new Set(form.themes)];
  if (!themes.every(isTheme)) errors.themes = { key: 'networks.error-choice-unknown' };
  const countries = [...new Set(form.countries)];
  if (!countries.every(isCountryCode)) errors.countries = { key: 'networks.error-choice-unknown' };
  if (!isNetworkVisibility(form.visibility)) errors.visibility = { key: 'networks.error-visibility-required' };
  if (description.length > networkLimits.descriptionMaxChars) errors.description = { key: 'networks.error-too-long', values: { max: networkLimits.descriptionMaxChars } };
  if (Object.keys(errors).length > 0 || !isNetworkScope(form.scope) || !isNetworkVisibility(form.visibility)) return { kind: 'invalid', errors };
  return { kind: 'valid', details: { name, scope: form.scope, themes: themes as Theme[], countries: countries.sort(), visibility: form.visibility, description } };
}
