// The HRC56 codebook: the categories and codes staff use to code the inputs to the call on civil society and
// international solidarity, with labels and term lists in the mandate's three languages. It is the seed of each
// call's editable codebook; the keys are stable because coded passages refer to them.
import { accessCodes, lawCodes, networkCodes, platformCodes } from './hrc56-context-codes.ts';
import { addresseeCodes, groundCodes, themeCodes } from './hrc56-grounds-themes.ts';
import { measureCodes } from './hrc56-measures.ts';

export type CodebookLanguage = 'en' | 'fr' | 'es';
export type Multilingual<T> = Record<CodebookLanguage, T>;

export const categoryKeys = [
  'network-kind',
  'platform',
  'access-limit',
  'law-policy',
  'restrictive-measure',
  'discrimination-ground',
  'theme',
  'recommendation-addressee',
] as const;
export type CategoryKey = (typeof categoryKeys)[number];

export interface CategoryDefinition {
  key: CategoryKey;
  label: Multilingual<string>;
}

export interface CodeDefinition {
  key: string;
  category: CategoryKey;
  label: Multilingual<string>;
  terms: Multilingual<string[]>;
}

const categoryLabels: Record<CategoryKey, readonly [string, string, string]> = {
  'network-kind': ['Kinds of network', 'Types de réseaux', 'Tipos de redes'],
  platform: ['Platforms used', 'Plateformes utilisées', 'Plataformas utilizadas'],
  'access-limit': ['Limits on access', 'Limites d’accès', 'Límites de acceso'],
  'law-policy': ['Laws and policies', 'Lois et politiques', 'Leyes y políticas'],
  'restrictive-measure': ['Restrictive measures and reprisals', 'Mesures restrictives et représailles', 'Medidas restrictivas y represalias'],
  'discrimination-ground': ['Grounds of discrimination', 'Motifs de discrimination', 'Motivos de discriminación'],
  theme: ['Themes', 'Thèmes', 'Temas'],
  'recommendation-addressee': ['Addressee of recommendations', 'Destinataires des recommandations', 'Destinatarios de las recomendaciones'],
};

export const hrc56Codebook: { categories: CategoryDefinition[]; codes: CodeDefinition[] } = {
  categories: categoryKeys.map((key) => {
    const [en, fr, es] = categoryLabels[key];
    return { key, label: { en, fr, es } };
  }),
  codes: [...networkCodes, ...platformCodes, ...accessCodes, ...lawCodes, ...measureCodes, ...groundCodes, ...themeCodes, ...addresseeCodes],
};

// The HRC56 questions whose choices mirror codes: a choice ticked in the form is a code applied by the submitter.
const choiceCodes: Record<string, Record<string, string>> = {
  '1/networks': {
    'cross-border-local': 'network-cross-border-local',
    transnational: 'network-transnational',
    international: 'network-international',
    regional: 'network-regional',
  },
  '5/reprisal-kinds': {
    surveillance: 'measure-surveillance',
    defunding: 'measure-defunding',
    intimidation: 'measure-intimidation',
    reprisal: 'measure-reprisal',
    closure: 'measure-closure',
    prosecution: 'measure-criminal-prosecution',
    punishment: 'measure-penalty',
    'travel-restriction': 'measure-entry-exit-denial',
    attack: 'measure-physical-attack',
  },
  '7/grounds': {
    ethnicity: 'ground-ethnicity',
    race: 'ground-race',
    gender: 'ground-gender',
    age: 'ground-age',
    'political-opinion': 'ground-political-opinion',
    nationality: 'ground-nationality',
    religion: 'ground-religion',
    disability: 'ground-disability',
    'migrant-status': 'ground-migrant-status',
    'lgbtq-status': 'ground-lgbtq',
  },
};

/** The code a choice of an HRC56 choose-many/choose-one answer stands for, or null ("other", or no such choice). */
export function codeForChoice(questionNumber: string, partKey: string, choiceKey: string): string | null {
  return choiceCodes[`${questionNumber}/${partKey}`]?.[choiceKey] ?? null;
}

/** Every (question, part, choice) that codes itself, for tests and for seeding a call's codebook. */
export function choicesWithCodes(): { questionNumber: string; partKey: string; choiceKey: string; code: string }[] {
  return Object.entries(choiceCodes).flatMap(([question, choices]) => {
    const [questionNumber = '', partKey = ''] = question.split('/');
    return Object.entries(choices).map(([choiceKey, code]) => ({ questionNumber, partKey, choiceKey, code }));
  });
}
