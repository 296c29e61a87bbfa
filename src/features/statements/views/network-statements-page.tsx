// A network's statements for its members: drafts under discussion and published ones, and a way to start one.
import { usePage } from '../../../views/page-context.ts';
import type { StatementSummary } from '../list-statements.ts';
import { discussionPath } from '../statement-paths.ts';
import { StatementSummaries } from './statements-list-page.tsx';

export function NetworkStatementsPage({ networkId, networkName, summaries }: { networkId: string; networkName: string; summaries: StatementSummary[] }) {
  const { t } = usePage().i18n;
  return (
    <section>
      <p><a href={`/networks/${networkId}`}>{networkName}</a></p>
      <h1>{t('statements.network-title', { network: networkName })}</h1>
      <p><a href={`/networks/${networkId}/statements/new`}>{t('statements.new-link')}</a></p>
      {summaries.length === 0 ? <p>{t('statements.network-empty')}</p> : <StatementSummaries summaries={summaries} linkTo={discussionPath} />}
    </section>
  );
}
