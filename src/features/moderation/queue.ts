// The moderation queue: one entry per reported item with pending reports, its count and the reasons given.
// Platform staff see every entry; a coordinator sees their networks' entries except those about their own
// writing or organisation (mayModerate), which therefore wait for staff alone.
import type { Db } from '../../db/database.ts';
import { findNetworks, isCoordinator } from '../networks/index.ts';
import { listPendingAppeals, type PendingAppeal } from './appeals.repository.ts';
import { listOpenCases, networksWithOpenCases, type OpenCase } from './cases.repository.ts';
import { moderationLimits, networkIdOf, type ModeratedItem, type Moderator } from './moderation.ts';
import { mayModerate } from './moderation.policy.ts';
import type { ModerationRegistry } from './registry.ts';
import { pendingReasonCounts } from './reports.repository.ts';

export interface QueueEntry {
  kase: OpenCase;
  item: ModeratedItem | undefined;
  reasons: [reason: string, count: number][];
  networkName: string | null;
}

export async function loadQueue(db: Db, registry: ModerationRegistry, moderator: Moderator): Promise<QueueEntry[]> {
  let cases: OpenCase[];
  if (moderator.kind === 'staff') cases = await listOpenCases(db, 'all', moderationLimits.queuePageSize);
  else {
    const networks = await networksWithOpenCases(db);
    const coordinated = [];
    for (const id of networks) if (await isCoordinator(db, id, moderator.memberId)) coordinated.push(id);
    const open = await listOpenCases(db, coordinated, moderationLimits.queuePageSize);
    cases = [];
    for (const kase of open) if (await mayModerate(db, moderator, kase)) cases.push(kase);
  }
  return describeCases(db, registry, cases);
}

async function describeCases(db: Db, registry: ModerationRegistry, cases: OpenCase[]): Promise<QueueEntry[]> {
  const reasons = await pendingReasonCounts(db, cases.map((c) => c.id));
  const networkIds = [...new Set(cases.map((c) => networkIdOf(c.scope)).filter((id): id is string => id !== null))];
  const names = new Map((await findNetworks(db, networkIds)).map((n) => [n.id, n.name]));
  return Promise.all(cases.map(async (kase) => {
    const networkId = networkIdOf(kase.scope);
    return {
      kase, item: await registry.get(kase.kind)?.find(db, kase.itemId),
      reasons: [...(reasons.get(kase.id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]),
      networkName: networkId === null ? null : (names.get(networkId) ?? null),
    };
  }));
}

export interface AppealEntry {
  appeal: PendingAppeal;
  item: ModeratedItem | undefined;
}

/** Appeals waiting for a decision: platform staff review them all (coordinators' decisions included). */
export async function loadPendingAppeals(db: Db, registry: ModerationRegistry): Promise<AppealEntry[]> {
  const appeals = await listPendingAppeals(db, moderationLimits.queuePageSize);
  return Promise.all(appeals.map(async (appeal) => ({ appeal, item: await registry.get(appeal.kind)?.find(db, appeal.itemId) })));
}
