// The words the solidarity network shares across organisations, networks, initiatives, forums and search: themes of
// work (the intersectoral coalitions the HRC56 report names) and the human rights an initiative concerns (the
// International Solidarity Map tags initiatives by right). Keys are stable identifiers stored in the database;
// people read them through i18n as `vocabulary.theme.<key>` and `vocabulary.right.<key>`.

export const themes = [
  'womens-rights',
  'climate-and-disasters',
  'armed-conflict-and-peace',
  'workers-rights',
  'indigenous-peoples-and-extractives',
  'health-and-vaccines',
  'migrants-refugees-minorities',
  'environment',
  'housing',
  'food-and-land',
  'debt-and-development',
  'digital-rights',
  'lgbtiq-rights',
  'disability-rights',
  'children-and-youth',
  'civic-space',
] as const;
export type Theme = (typeof themes)[number];

export const humanRights = [
  'development',
  'self-determination',
  'life-and-security',
  'expression-and-information',
  'association',
  'peaceful-assembly',
  'participation',
  'equality-and-non-discrimination',
  'health',
  'education',
  'food',
  'water-and-sanitation',
  'housing',
  'work',
  'social-security',
  'healthy-environment',
  'peace',
  'privacy',
  'culture',
  'asylum',
] as const;
export type HumanRight = (typeof humanRights)[number];

const themeSet: ReadonlySet<string> = new Set(themes);
const rightSet: ReadonlySet<string> = new Set(humanRights);

export const isTheme = (value: string): value is Theme => themeSet.has(value);
export const isHumanRight = (value: string): value is HumanRight => rightSet.has(value);

/** The i18n keys people read these by. */
export const themeLabelKey = (theme: Theme): string => `vocabulary.theme.${theme}`;
export const humanRightLabelKey = (right: HumanRight): string => `vocabulary.right.${right}`;
