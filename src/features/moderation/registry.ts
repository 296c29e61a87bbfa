// The kinds of things moderation knows, keyed by the name in /report/:kind/:id. The content features' kinds are
// handed in by app.ts (from kinds/), people are moderation's own; a kind nobody registered answers 404.
import type { ModeratedKind } from './moderation.ts';
import { memberKind, pseudonymKind } from './person-kinds.ts';

export type ModerationRegistry = ReadonlyMap<string, ModeratedKind>;

export function moderationRegistry(contentKinds: readonly ModeratedKind[]): ModerationRegistry {
  const registry = new Map<string, ModeratedKind>();
  for (const kind of [...contentKinds, memberKind, pseudonymKind]) {
    if (registry.has(kind.kind)) throw new Error(`moderation kind ${kind.kind} registered twice`);
    registry.set(kind.kind, kind);
  }
  return registry;
}
