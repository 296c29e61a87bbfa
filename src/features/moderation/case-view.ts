// Everything a moderator's case page shows: the item (its text even while hidden), the reports with who made them,
// the history of decisions, appeals, and the author's active posting blocks made from this case.
import type { Db } from '../../db/database.ts';
import { findNetworks } from '../networks/index.ts';
import { listActions, type RecordedAction } from './actions.repository.ts';
import { appealsOfActions, type Appeal } from './appeals.repository.ts';
import { activeBlocksOfCase, type PostingBlock } from './blocks.repository.ts';
import { decisionContext } from './decision-context.ts';
import { networkIdOf, type AuthorlessItem, type ModeratedItem, type ModerationCase, type Moderator } from './moderation.ts';
import { memberDisplayName } from './people.repository.ts';
import type { ModerationRegistry } from './registry.ts';
import { listCaseReports, type CaseReport } from './reports.repository.ts';

export interface CaseView {
  kase: ModerationCase;
  item: ModeratedItem | undefined;
  /** The author as moderators may know them: a display name, or only a pseudonym's label. */
  authorName: string | null;
  /** Set when the item has no personal author by design (its kind says what it is instead), not because they left. */
  authorless: AuthorlessItem | null;
  canHide: boolean;
  canRestore: boolean;
  reports: CaseReport[];
  actions: RecordedAction[];
  appeals: ReadonlyMap<string, Appeal>;
  blocks: PostingBlock[];
  networkName: string | null;
}

export async function loadCaseView(db: Db, registry: ModerationRegistry, moderator: Moderator, caseId: string, now: Date): Promise<CaseView | undefined> {
  const context = await decisionContext(db, registry, moderator, caseId);
  if (!context) return undefined;
  const { kase, lender } = context;
  const networkId = networkIdOf(kase.scope);
  const [item, reports, actions, blocks, networks] = await Promise.all([
    lender.find(db, kase.itemId), listCaseReports(db, caseId), listActions(db, caseId), activeBlocksOfCase(db, caseId, now.toISOString()),
    findNetworks(db, networkId ? [networkId] : []),
  ]);
  const author = kase.author;
  const authorName = !author ? null : author.kind === 'pseudonym' ? author.label : ((await memberDisplayName(db, author.memberId)) ?? null);
  return {
    kase, item, authorName, reports, actions, blocks,
    authorless: author ? null : (lender.authorless ?? null),
    canHide: !!item && !item.hidden && !!lender.hide,
    canRestore: !!item?.hidden && !!lender.restore,
    appeals: await appealsOfActions(db, actions.filter((a) => a.action === 'hide').map((a) => a.id)),
    networkName: networks[0]?.name ?? null,
  };
}
