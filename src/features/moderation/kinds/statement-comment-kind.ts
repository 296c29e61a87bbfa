// Comments on statements lent to moderation through statements' index.ts. The discussion of a statement stays inside
// its network, so that network's coordinators moderate it; a pseudonymous comment is known by its pseudonym in the
// statement's context (statements' commentContext), so only its holder's session recognises it.
import { commentContext, commentPath, hideComment, mayReadComment, readComment, restoreComment, type CommentInContext } from '../../statements/index.ts';
import type { AuthorRef, ModeratedKind } from '../moderation.ts';

function authorRef({ comment, statement }: CommentInContext): AuthorRef | null {
  const author = comment.author;
  if (author?.kind === 'pseudonym') return { kind: 'pseudonym', pseudonymId: author.pseudonymId, label: author.label, context: commentContext(statement.id) };
  return author ? { kind: 'member', memberId: author.memberId } : null;
}

export const statementCommentKind: ModeratedKind = {
  kind: 'statement-comment',
  async find(db, id) {
    const found = await readComment(db, id);
    if (!found) return undefined;
    return {
      scope: { networkId: found.statement.networkId }, author: authorRef(found),
      // A comment is signed by a member or a pseudonym, never for an organisation.
      organisationId: null,
      title: found.title, excerpt: found.comment.body, url: commentPath(found.statement.id, id), hidden: found.comment.hidden,
    };
  },
  async visibleTo(db, id, memberId) {
    const found = await readComment(db, id);
    return !!found && !found.comment.hidden && mayReadComment(db, found, memberId);
  },
  // The discussion page is personal and never cached: there is no public page to refresh.
  hide: (deps, id, reason) => hideComment(deps.db, id, reason, deps.clock.now()),
  restore: (deps, id) => restoreComment(deps.db, id),
};
