// The kinds of content other features lend to moderation, handed to moderationRoutes by app.ts. Kept apart from
// moderation's index.ts: these import the content features, which themselves import moderation's index.ts (to ask
// about blocks), so going through one file would make a cycle.
import type { ModeratedKind } from '../moderation.ts';
import { postKind, threadKind } from './discussion-kinds.ts';
import { initiativeKind } from './initiative-kind.ts';
import { organisationKind } from './organisation-kind.ts';
import { statementCommentKind } from './statement-comment-kind.ts';
import { statementKind } from './statement-kind.ts';

export const contentKinds: readonly ModeratedKind[] = [threadKind, postKind, initiativeKind, statementCommentKind, organisationKind, statementKind];
