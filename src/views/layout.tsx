import type { ComponentChildren } from 'preact';
import { locales } from '../i18n/locales.ts';
import { usePage } from './page-context.ts';

export interface LayoutProps {
  title: string;
  children: ComponentChildren;
}

export function Layout({ title, children }: LayoutProps) {
  const { i18n, dir, assetUrl, staff } = usePage();
  const { t } = i18n;
  return (
    <html lang={i18n.locale} dir={dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${t('common.platform-name')}`}</title>
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <script src={assetUrl('app.js')} defer />
      </head>
      <body>
        <a class="skip" href="#main">{t('common.skip-to-content')}</a>
        <header class="site">
          <a class="brand" href="/">{t('common.platform-name')}</a>
          <nav aria-label={t('common.main-navigation')}>
            <a href="/calls">{t('common.nav-calls')}</a>
            <a href="/initiatives">{t('initiatives.nav')}</a>
            <a href="/search">{t('search.nav')}</a>
            <a href="/organisations">{t('organisations.nav')}</a>
            <a href="/networks">{t('networks.nav')}</a>
            <a href="/statements">{t('statements.nav')}</a>
            <a href="/forums">{t('discussions.nav')}</a>
            {staff ? <a href="/staff">{t('common.nav-staff')}</a> : null}
            {/* The same link for everyone (public pages are cached for all readers): /account asks signed-out readers to sign in. */}
            <a href="/account">{t('members.nav-account')}</a>
          </nav>
          <LanguageSwitcher />
        </header>
        <main id="main">{children}</main>
        <footer class="site">
          <p>{t('common.footer-mandate')}</p>
          <p>{t('common.footer-privacy')}</p>
          <p><a href="/verify">{t('authenticity.page-title')}</a></p>
          {staff ? null : <p><a href="/staff/sign-in">{t('common.nav-staff-sign-in')}</a></p>}
        </footer>
      </body>
    </html>
  );
}

function LanguageSwitcher() {
  const { i18n, path } = usePage();
  return (
    <nav class="languages" aria-label={i18n.t('common.language-switcher')}>
      <ul>
        {locales.map((l) => (
          <li>
            {l.code === i18n.locale ? (
              <span aria-current="true" lang={l.code}>{l.name}</span>
            ) : (
              <a href={`/lang/${l.code}?next=${encodeURIComponent(path)}`} lang={l.code} hreflang={l.code}>{l.name}</a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
