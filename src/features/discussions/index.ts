// What other features may use of discussions: the routes, the daily digest (serve's timer and the CLI), and the
// hooks moderation calls to hide or restore a thread or a post.
export { discussionsRoutes } from './discussions.routes.tsx';
export { sendDailyDigest, type DigestRun } from './send-daily-digest.ts';
export { startDigestTimer } from './digest-timer.ts';
export { digestCommand } from './digest-command.ts';
export { hidePost, hideThread, restorePost, restoreThread } from './moderation-hooks.ts';
export { findThread, findStoredPost } from './threads.repository.ts';
export { postPath, threadPath, type Place, type ThreadSummary } from './discussion.ts';
