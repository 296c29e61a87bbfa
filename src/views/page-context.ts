// What every view may read about the request it renders for: language, translator, the signed-in staff member.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../i18n/translator.ts';

export interface StaffIdentity {
  id: string;
  displayName: string;
  role: string;
}

export interface PageContextValue {
  i18n: Translator;
  dir: 'ltr' | 'rtl';
  /** Path and query of the current page, for the language switcher and sign-in returns. */
  path: string;
  /** Issues the CSRF token lazily, so pages without forms set no cookie and stay cacheable. */
  csrfToken(): string;
  staff: StaffIdentity | null;
  assetUrl(name: string): string;
}

export const PageContext = createContext<PageContextValue | null>(null);

export function usePage(): PageContextValue {
  const value = useContext(PageContext);
  if (!value) throw new Error('usePage() outside a page render');
  return value;
}
