// The whole schema as one type, composed from each feature's table file so a feature owns its tables.
import type { Kysely, Transaction as KyselyTransaction } from 'kysely';
import type { AccountsTables } from '../features/accounts/accounts.table.ts';
import type { AnalysisTables } from '../features/analysis/analysis.table.ts';
import type { CallsTables } from '../features/calls/calls.table.ts';
import type { DiscussionsTables } from '../features/discussions/discussions.table.ts';
import type { FollowUpTables } from '../features/follow-up/follow-up.table.ts';
import type { InitiativesTables } from '../features/initiatives/initiatives.table.ts';
import type { MailImportTables } from '../features/mail-import/mail-import.table.ts';
import type { MembersTables } from '../features/members/members.table.ts';
import type { ModerationTables } from '../features/moderation/moderation.table.ts';
import type { NetworksTables } from '../features/networks/networks.table.ts';
import type { OrganisationsTables } from '../features/organisations/organisations.table.ts';
import type { PublicationsTables } from '../features/publications/publications.table.ts';
import type { SearchTables } from '../features/search/search.table.ts';
import type { StatementsTables } from '../features/statements/statements.table.ts';
import type { SubmissionsTables } from '../features/submissions/submissions.table.ts';
import type { ProofOfWorkTables } from '../platform/proof-of-work/proof-of-work.table.ts';
import type { SigningTables } from '../platform/signing/signing-keys.table.ts';

export interface Database extends CallsTables, SubmissionsTables, PublicationsTables, AccountsTables, FollowUpTables,
  ProofOfWorkTables, MailImportTables, AnalysisTables, DiscussionsTables, MembersTables, SearchTables, SigningTables,
  InitiativesTables, OrganisationsTables, NetworksTables,
  StatementsTables, ModerationTables {}

export type Db = Kysely<Database>;
export type Transaction = KyselyTransaction<Database>;
export type Engine = 'sqlite' | 'postgres';
