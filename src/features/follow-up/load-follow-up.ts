// Everything the submitter's follow-up page shows about their input, read for the session's input only. Opening
// the page marks the team's messages as seen by the submitter.
import type { AppDeps } from '../../deps.ts';
import { findCallById, type Call } from '../calls/index.ts';
import { findPublicationSummary, type PublicationSummary } from '../publications/index.ts';
import { listStoredAttachments, openAttachmentInfos, type AttachmentInfo, type InputCipher } from '../submissions/index.ts';
import type { ConversationEntry } from './conversation.ts';
import { findFollowedInput, listConversation, markEntriesSeen, type FollowedInput } from './follow-up.repository.ts';

export interface FollowUpPage {
  input: FollowedInput;
  call: Call;
  publication: PublicationSummary | undefined;
  attachments: AttachmentInfo[];
  conversation: ConversationEntry[];
}

export async function loadFollowUp(deps: Pick<AppDeps, 'db'>, cipher: InputCipher): Promise<FollowUpPage | undefined> {
  const { db } = deps;
  const { submissionId } = cipher;
  const input = await findFollowedInput(db, submissionId);
  const call = input && (await findCallById(db, input.callId));
  if (!input || !call) return undefined;
  const [publication, stored, conversation] = await Promise.all([
    findPublicationSummary(db, input.id), listStoredAttachments(db, input.id), listConversation(db, cipher),
  ]);
  const attachments = openAttachmentInfos(stored, cipher);
  await markEntriesSeen(db, input.id, 'staff');
  return { input, call, publication, attachments, conversation };
}
