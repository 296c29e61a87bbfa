// What other features and the app use of moderation: the routes (given the kinds content features lend, from
// kinds/index.ts), the checks content features make before showing or storing posts (member blocks, posting
// blocks), the reasons, and the way every place shows hidden content and the report link.
export { moderationRoutes, moderationStaffRoles } from './moderation.routes.ts';
export {
  isModerationReason, moderationReasons, type AuthorRef, type ModeratedItem, type ModeratedKind, type ModerationReason, type Scope,
} from './moderation.ts';
export { blockedBy, isBlockedAuthor, type BlockedAuthors } from './member-blocks.ts';
export { isBlockedFromPosting, postingBlockedMessage, postingRefusal, type Poster, type PostingAuthor } from './posting-blocks.ts';
export type { PostingBlock } from './blocks.repository.ts';
export { HiddenByModerators, ReportLink } from './views/hidden-notice.tsx';
export { BlockedAuthorNotice } from './views/blocked-author-notice.tsx';
