export { followUpRoutes } from './follow-up.routes.tsx';
export type { ConversationEntry, NewEntry } from './conversation.ts';
export { ConversationList } from './views/conversation-list.tsx';
export { appendEntries, countUnseenSubmitterEntries, listConversation, markEntriesSeen } from './follow-up.repository.ts';
export { inConversationTransaction } from './record-entries.ts';
export { followUpMessageMaxChars } from './limits.ts';
