// A compact way to write the codebook: labels as [en, fr, es] and each language's terms as one string split at ";".
import type { CategoryKey, CodeDefinition } from './codebook.ts';

export type Trio = readonly [en: string, fr: string, es: string];

export function defineCode(key: string, category: CategoryKey, label: Trio, en: string, fr: string, es: string): CodeDefinition {
  return {
    key,
    category,
    label: { en: label[0], fr: label[1], es: label[2] },
    terms: { en: termsOf(en), fr: termsOf(fr), es: termsOf(es) },
  };
}

function termsOf(list: string): string[] {
  return list.split(';').map((t) => t.trim()).filter((t) => t.length > 0);
}
