// For moderation's own tests: a kind of item held in memory, placed in a network or on the platform, written by a
// member or a pseudonym, that hides and restores like a content feature's would. (Not a database double: it stands
// for the content feature, which the moderation feature reaches only through this port anyway.)
import { PublicPageCache } from '../../http/page-cache.ts';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuthorRef, ModeratedItem, ModeratedKind, ModerationDeps, Scope } from './moderation.ts';

export interface TestItem {
  scope: Scope;
  author: AuthorRef | null;
  organisationId?: string | null;
  hidden?: boolean;
  hiddenReason?: string | null;
}

export function testKind(): ModeratedKind & { items: Map<string, TestItem>; add(id: string, item: TestItem): string } {
  const items = new Map<string, TestItem>();
  const view = (id: string, item: TestItem): ModeratedItem => ({
    scope: item.scope, author: item.author, organisationId: item.organisationId ?? null, title: `Note ${id}`, excerpt: `The text of ${id}`,
    url: `/notes/${id}`, hidden: item.hidden ?? false,
  });
  return {
    kind: 'note', items,
    add(id, item) {
      items.set(id, item);
      return id;
    },
    async find(_db, id) {
      const item = items.get(id);
      return item && view(id, item);
    },
    async visibleTo(_db, id) {
      return items.has(id) && !items.get(id)!.hidden;
    },
    async hide(_deps, id, reason) {
      const item = items.get(id);
      if (!item) return false;
      Object.assign(item, { hidden: true, hiddenReason: reason });
      return true;
    },
    async restore(_deps, id) {
      const item = items.get(id);
      if (!item) return false;
      Object.assign(item, { hidden: false, hiddenReason: null });
      return true;
    },
  };
}

export function testDeps(db: Db, clock: Clock): ModerationDeps {
  return { db, clock, publicPages: new PublicPageCache() };
}
