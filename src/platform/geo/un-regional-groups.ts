// The five UN regional groups, as the UN Department for General Assembly and Conference Management publishes their
// membership (un.org/dgacm/en/content/regional-groups). Reports to the Human Rights Council count inputs by these
// groups, so every country code the app offers either belongs to exactly one group or is listed as belonging to none.
//
// Judgement calls, decided once here:
// - Türkiye takes part in both WEOG and Asia-Pacific meetings; for elections it counts in WEOG, so it is there only.
// - The United States is an observer in WEOG and is counted there for elections: counted in WEOG (28 members + USA).
// - Israel is a full member of WEOG (in New York); counted there.
// - Kiribati has no group in some older listings; it joined Asia-Pacific in 2010. With Kiribati and without Türkiye,
//   Asia-Pacific has 54 members (listings that count Türkiye there too say 55; older ones without Kiribati, 53).
// - Areas that are not UN Member States (Palestine and the Holy See, observer States; Kosovo; Taiwan; dependent
//   territories) belong to no group: counting them in one would take a political position the mandate need not take.

export const regionalGroups = [
  'african',
  'asia-pacific',
  'eastern-european',
  'latin-american-caribbean',
  'western-european-others',
] as const;

export type RegionalGroup = (typeof regionalGroups)[number];

/** Member States per group, ISO 3166-1 alpha-2. */
export const regionalGroupMembers: Readonly<Record<RegionalGroup, readonly string[]>> = {
  african: [
    'DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CV', 'CM', 'CF', 'TD', 'KM', 'CG', 'CI', 'CD', 'DJ', 'EG', 'GQ', 'ER',
    'SZ', 'ET', 'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LS', 'LR', 'LY', 'MG', 'MW', 'ML', 'MR', 'MU', 'MA', 'MZ',
    'NA', 'NE', 'NG', 'RW', 'ST', 'SN', 'SC', 'SL', 'SO', 'ZA', 'SS', 'SD', 'TG', 'TN', 'UG', 'TZ', 'ZM', 'ZW',
  ],
  'asia-pacific': [
    'AF', 'BH', 'BD', 'BT', 'BN', 'KH', 'CN', 'CY', 'KP', 'FJ', 'IN', 'ID', 'IR', 'IQ', 'JP', 'JO', 'KZ', 'KI',
    'KW', 'KG', 'LA', 'LB', 'MY', 'MV', 'MH', 'FM', 'MN', 'MM', 'NR', 'NP', 'OM', 'PK', 'PW', 'PG', 'PH', 'QA',
    'KR', 'WS', 'SA', 'SG', 'SB', 'LK', 'SY', 'TJ', 'TH', 'TL', 'TO', 'TM', 'TV', 'AE', 'UZ', 'VU', 'VN', 'YE',
  ],
  'eastern-european': [
    'AL', 'AM', 'AZ', 'BY', 'BA', 'BG', 'HR', 'CZ', 'EE', 'GE', 'HU', 'LV', 'LT', 'ME', 'MK', 'PL', 'MD', 'RO',
    'RU', 'RS', 'SK', 'SI', 'UA',
  ],
  'latin-american-caribbean': [
    'AG', 'AR', 'BS', 'BB', 'BZ', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'DM', 'DO', 'EC', 'SV', 'GD', 'GT', 'GY',
    'HT', 'HN', 'JM', 'MX', 'NI', 'PA', 'PY', 'PE', 'KN', 'LC', 'VC', 'SR', 'TT', 'UY', 'VE',
  ],
  'western-european-others': [
    'AD', 'AU', 'AT', 'BE', 'CA', 'DK', 'FI', 'FR', 'DE', 'GR', 'IS', 'IE', 'IL', 'IT', 'LI', 'LU', 'MT', 'MC',
    'NL', 'NZ', 'NO', 'PT', 'SM', 'ES', 'SE', 'CH', 'TR', 'GB',
    'US', // observer, counted here for elections
  ],
};

/**
 * Country codes the app offers (i18n-iso-countries) that belong to no group: observer States, Kosovo, Taiwan,
 * dependent territories and uninhabited areas. Listed explicitly so a new code is a decision, not an accident.
 */
export const notInAnyRegionalGroup: readonly string[] = [
  // Observer States and areas whose status is disputed
  'PS', 'VA', 'XK', 'TW', 'EH',
  // Special administrative regions of China
  'HK', 'MO',
  // Territories of Denmark, France, the Netherlands, Norway, the United Kingdom, the United States, Australia, New
  // Zealand, Finland; and Antarctica
  'GL', 'FO', 'AX', 'SJ', 'BV',
  'NC', 'PF', 'WF', 'PM', 'BL', 'MF', 'GP', 'MQ', 'GF', 'RE', 'YT', 'TF',
  'AW', 'CW', 'SX', 'BQ',
  'AI', 'BM', 'VG', 'KY', 'FK', 'GI', 'GG', 'JE', 'IM', 'MS', 'PN', 'SH', 'GS', 'TC', 'IO',
  'PR', 'VI', 'GU', 'MP', 'AS', 'UM',
  'CX', 'CC', 'HM', 'NF',
  'CK', 'NU', 'TK',
  'AQ',
];

const groupByCode = new Map<string, RegionalGroup>(
  regionalGroups.flatMap((group) => regionalGroupMembers[group].map((code) => [code, group] as const)),
);

export function regionalGroupOf(alpha2: string): RegionalGroup | null {
  return groupByCode.get(alpha2.toUpperCase()) ?? null;
}
