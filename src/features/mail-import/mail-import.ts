// The email channel's vocabulary: an import (one mailbox or upload, run as a resumable job), what became of each
// message in it, and the messages kept for staff because no call could be matched or they could not be read.

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';
export type ImportOutcome = 'imported' | 'duplicate' | 'to-sort' | 'failed';
export type KeptMessageStatus = 'to-sort' | 'failed' | 'sorted' | 'dismissed';

export interface ImportRecord {
  id: string;
  callId: string | null;
  origin: 'upload' | 'command';
  status: ImportStatus;
  total: number;
  processed: number;
  startedBy: string | null;
  createdOn: string;
  finishedOn: string | null;
  uploadKeyBox: Buffer | null;
}

/**
 * Why a message, or a file in it, could not be imported as it was: codes, worded for staff by the report page.
 * A message with problems is still imported when it can be; its original is kept for staff either way.
 */
export const importProblems = [
  'message-malformed', 'message-empty', 'message-too-large',
  'attachment-too-large', 'attachment-encrypted', 'attachment-malformed', 'attachment-unsafe-archive', 'attachment-unsupported',
  'no-text', 'no-key-holder', 'no-questionnaire',
] as const;
export type ImportProblem = (typeof importProblems)[number];

/** A message kept for staff: its summary (sender, subject, day, text excerpt) and the original, both sealed. */
export interface KeptMessage {
  id: string;
  importId: string;
  status: KeptMessageStatus;
  problem: string | null;
  sealedSummary: Buffer;
  receivedOn: string;
  submissionId: string | null;
}

/** What staff see of a kept message without downloading it. */
export interface MessageSummary {
  from: { name: string; address: string } | null;
  subject: string;
  date: string | null;
  excerpt: string;
  attachmentNames: string[];
}
