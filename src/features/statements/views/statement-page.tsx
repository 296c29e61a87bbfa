// The public page of a published statement: the same for every reader (it is cached), so it carries no form. The
// text is shown in the reader's language when there is a version in it; the signed file of exactly that text is
// offered beside the verification page, so a copy seen elsewhere can be checked. One moderators hid keeps its place
// with its title and the reason, nothing more (docs/MODERATION.md). The Report link is the same for every reader, as
// the page is: /report asks a signed-out reader to sign in first.
import { usePage } from '../../../views/page-context.ts';
import { HiddenByModerators, ReportLink } from '../../moderation/index.ts';
import type { HiddenStatement, PublicStatement } from '../load-public-statement.ts';
import { signedFilePath, signingPath, statementPath } from '../statement-paths.ts';
import { versionKind } from '../statement.ts';
import { SignatoriesSection } from './signatories-section.tsx';
import { StatementText, StatementTitle } from './statement-text.tsx';

/** What readers see of a statement moderators hid, on its page and at each of its versions' addresses. */
export function HiddenStatementPage({ page }: { page: HiddenStatement }) {
  const { t } = usePage().i18n;
  return (
    <article class="statement">
      <p><a href="/statements">{t('statements.list-title')}</a></p>
      <p class="statement-kind">{t(`statements.kind.${page.statement.kind}`)}</p>
      <StatementTitle version={page.title} />
      <HiddenByModerators reason={page.statement.hidden.reason} />
    </article>
  );
}

export function StatementPage({ page }: { page: PublicStatement }) {
  const { i18n } = usePage();
  const { t } = i18n;
  const { statement, shown, versions } = page;
  const date = (iso: string) => i18n.formatDate(iso, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <article class="statement">
      <p><a href="/statements">{t('statements.list-title')}</a></p>
      <p class="statement-kind">{t(`statements.kind.${statement.kind}`)}</p>
      <StatementTitle version={shown} />
      <p class="statement-meta">
        {page.issuer.name
          ? t('statements.issued-by', { network: page.issuer.name, date: date(statement.publishedAt!) })
          : t('statements.issued-by-private', { date: date(statement.publishedAt!) })}
      </p>
      {page.languages.length > 1 ? (
        <nav class="statement-languages" aria-label={t('statements.languages-label')}>
          <ul>
            {page.languages.map((language) => (
              <li>{language === shown.language
                ? <span aria-current="true" lang={language}>{t(`domain.language.${language}`)}</span>
                : <a href={statementPath(statement.id, language)} hreflang={language}>{t(`domain.language.${language}`)}</a>}</li>
            ))}
          </ul>
        </nav>
      ) : null}
      <StatementText version={shown} />
      <p class="hint">{t('statements.version-line', { version: shown.version, language: t(`domain.language.${shown.language}`), date: date(shown.createdAt) })}</p>

      <section class="authenticity" aria-labelledby="authenticity-heading">
        <h2 id="authenticity-heading">{t('statements.authenticity-heading')}</h2>
        <p>{t('statements.authenticity-explained')}</p>
        <ul>
          <li><a href={signedFilePath(statement.id, shown.language)} download>{t('statements.download-signed-file')}</a></li>
          <li><a href="/verify">{t('statements.verify-link')}</a></li>
        </ul>
      </section>

      <SignatoriesSection signatories={page.signatories} counts={page.counts} signHref={signingPath(statement.id)} />

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('statements.versions-heading')}</h2>
        <table class="data-table" aria-labelledby="versions-heading">
          <thead><tr>
            <th scope="col">{t('statements.version-header')}</th><th scope="col">{t('statements.language-header')}</th>
            <th scope="col">{t('statements.version-kind-header')}</th><th scope="col">{t('statements.date-header')}</th>
          </tr></thead>
          <tbody>
            {[...versions].reverse().map((version) => (
              <tr>
                <th scope="row"><a href={`/statements/${statement.id}/versions/${version.version}`}>{version.version}</a></th>
                <td>{t(`domain.language.${version.language}`)}</td>
                <td>{t(`statements.version-kind.${versionKind(versions, version)}`)}</td>
                <td>{date(version.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="actions"><ReportLink kind="statement" id={statement.id} /></p>
    </article>
  );
}
