// What the sender's address says: the organisation's own domain (not a webmail one), its kind (.gov, .edu, .int…)
// and its country (.bo, .sn — not .org or .com, and not the ccTLDs sold for other uses, like .io or .tv).
import countries from 'i18n-iso-countries';
import type { StakeholderType } from '../../calls/index.ts';

export interface SenderDomain {
  domain: string;
  webmail: boolean;
  type: StakeholderType | null;
  country: string | null;
}

const webmail = new Set([
  'gmail', 'googlemail', 'yahoo', 'ymail', 'rocketmail', 'outlook', 'hotmail', 'live', 'msn', 'aol', 'icloud', 'me', 'mac',
  'proton', 'protonmail', 'pm', 'tutanota', 'tuta', 'gmx', 'web', 'mail', 'yandex', 'zoho', 'riseup', 'orange', 'wanadoo',
  'free', 'laposte', 'sfr', 'hushmail', 'fastmail', 'qq', '163', '126', 'rediffmail', 'naver', 'uol', 'bol', 'libero',
  'btinternet', 'terra', 'prodigy', 'yahoomail',
]);

/** Second-level labels under a country code: "org.bo", "gob.ec", "ac.za", "co.uk". */
const secondLevel = new Set(['co', 'com', 'org', 'net', 'gov', 'gob', 'gouv', 'govt', 'go', 'edu', 'ac', 'or', 'ne', 'mil', 'nic', 'int', 'ngo']);

/** Country codes mostly bought for their letters, not their country. */
const genericCountryCodes = new Set(['io', 'tv', 'me', 'ai', 'ly', 'fm', 'cc', 'ws', 'to', 'nu', 'tk', 'la', 'gg', 'sh', 'ac', 'eu', 'su', 'app']);

const intergovernmentalDomains = [
  'un.org', 'unicef.org', 'undp.org', 'unhcr.org', 'ohchr.org', 'unfpa.org', 'unwomen.org', 'unesco.org', 'ilo.org', 'fao.org',
  'wfp.org', 'unep.org', 'unodc.org', 'oas.org', 'osce.org', 'oecd.org', 'europa.eu', 'worldbank.org', 'francophonie.org',
];

export function readSenderDomain(address: string): SenderDomain | null {
  const domain = /@([a-z0-9.-]+\.[a-z]{2,})\s*>?\s*$/i.exec(address.trim())?.[1]?.toLowerCase();
  if (!domain) return null;
  const labels = domain.split('.');
  const tld = labels.at(-1)!;
  const hasSecondLevel = labels.length >= 3 && tld.length === 2 && secondLevel.has(labels.at(-2)!);
  const registrable = labels.at(hasSecondLevel ? -3 : -2)!;
  const countryCode = tld.length === 2 && !genericCountryCodes.has(tld) && (tld !== 'co' || hasSecondLevel) ? (tld === 'uk' ? 'GB' : tld.toUpperCase()) : null;
  return {
    domain,
    webmail: webmail.has(registrable),
    type: typeOfDomain(domain, labels),
    country: countryCode && countries.isValid(countryCode) ? countryCode : null,
  };
}

function typeOfDomain(domain: string, labels: string[]): StakeholderType | null {
  if (labels.some((l) => ['gov', 'gob', 'gouv', 'govt', 'mil'].includes(l)) || (labels.length >= 3 && labels.at(-2) === 'go')) return 'state';
  if (labels.at(-1) === 'int' || intergovernmentalDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) return 'intergovernmental';
  if (labels.includes('edu') || (labels.length >= 3 && labels.at(-2) === 'ac') || labels.some((l) => l.startsWith('univ'))) return 'academia';
  return null;
}
