// The public list of published statements and appeals, newest first, each in the reader's language when it has one.
import { usePage } from '../../../views/page-context.ts';
import type { StatementSummary } from '../list-statements.ts';
import { statementPath } from '../statement-paths.ts';
import { directionOfLanguage } from '../statement.ts';

/** `linkTo` says where each title leads: the public page, or (inside a network) the discussion. */
export function StatementSummaries({ summaries, linkTo = statementPath }: { summaries: StatementSummary[]; linkTo?: (id: string) => string }) {
  const { i18n } = usePage();
  const { t } = i18n;
  return (
    <ul class="statement-list">
      {summaries.map(({ statement, version, signatures }) => (
        <li>
          <a href={linkTo(statement.id)} lang={version.language} dir={directionOfLanguage(version.language)}>{version.title}</a>
          <p class="hint">
            {t(`statements.kind.${statement.kind}`)}{' · '}
            {statement.publishedAt
              ? t('statements.published-on', { date: i18n.formatDate(statement.publishedAt, { dateStyle: 'long', timeZone: 'UTC' }) })
              : t('statements.draft-badge')}
            {statement.publishedAt ? <>{' · '}{t('statements.signature-count', { count: signatures })}</> : null}
            {statement.hidden ? <>{' · '}{t('statements.hidden-badge')}</> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function StatementsListPage({ summaries, page, hasNext }: { summaries: StatementSummary[]; page: number; hasNext: boolean }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <h1>{t('statements.list-title')}</h1>
      <p>{t('statements.list-intro')}</p>
      {summaries.length === 0 ? <p>{t('statements.list-empty')}</p> : <StatementSummaries summaries={summaries} />}
      <nav aria-label={t('statements.pages-label')}>
        {page > 1 ? <a href={`/statements?page=${page - 1}`} rel="prev">{t('statements.previous-page')}</a> : null}
        {page > 1 && hasNext ? ' · ' : null}
        {hasNext ? <a href={`/statements?page=${page + 1}`} rel="next">{t('statements.next-page')}</a> : null}
      </nav>
    </section>
  );
}
