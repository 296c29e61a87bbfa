// Initiatives lent to moderation through initiatives' index.ts: platform staff moderate them (MODERATION.md), an
// initiative posted for an organisation is that organisation's, and a pseudonymous one is known by its pseudonym.
import { hideInitiative, initiativePath, isPublic, loadInitiative, restoreInitiative } from '../../initiatives/index.ts';
import type { ModeratedKind } from '../moderation.ts';

/** The context initiatives make pseudonyms in (initiatives/authorship.ts), so their holder's session recognises them. */
const pseudonymContext = 'initiatives';

export const initiativeKind: ModeratedKind = {
  kind: 'initiative',
  async find(db, id) {
    const initiative = await loadInitiative(db, id);
    if (!initiative) return undefined;
    const author = initiative.author;
    return {
      scope: 'platform',
      author: author.kind === 'member' ? { kind: 'member', memberId: author.memberId }
        : author.kind === 'pseudonym' ? { kind: 'pseudonym', pseudonymId: author.pseudonymId, label: author.label, context: pseudonymContext } : null,
      organisationId: author.kind === 'member' ? (author.organisation?.id ?? null) : null,
      title: initiative.title, excerpt: initiative.description, url: initiativePath(initiative.id), hidden: initiative.hiddenAt !== null,
    };
  },
  async visibleTo(db, id) {
    const initiative = await loadInitiative(db, id);
    return !!initiative && isPublic(initiative);
  },
  hide: (deps, id, reason) => hideInitiative(deps, id, reason),
  restore: (deps, id) => restoreInitiative(deps, id),
};
