// Staff-written text in the reader's language when there is one; otherwise another language, marked with `lang`
// so screen readers pronounce it right.
import { pickTranslation } from '../../../i18n/translator.ts';
import type { Translated } from '../call.ts';
import { usePage } from '../../../views/page-context.ts';

export interface ShownText {
  text: string;
  /** Set only when the text is not in the page's language. */
  lang: string | undefined;
}

export function useTranslated(): (value: Translated) => ShownText {
  const { locale } = usePage().i18n;
  return (value) => {
    const picked = pickTranslation(value, locale);
    return { text: picked.text, lang: picked.lang === locale ? undefined : picked.lang };
  };
}

/** Paragraphs are separated by blank lines in stored text. */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** Text inline, wrapped in a span only when it needs a `lang` of its own (keeps cached pages small). */
export function Shown({ value }: { value: ShownText }) {
  return value.lang ? <span lang={value.lang}>{value.text}</span> : <>{value.text}</>;
}
