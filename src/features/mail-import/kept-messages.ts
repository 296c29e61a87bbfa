// Messages kept for staff (no call matched, or unreadable): listed with their sealed summaries opened by the
// administrator reading them, sorted into a call (imported then, exactly as the import would have), or dismissed.
import type { KeyObject } from 'node:crypto';
import type { AppDeps } from '../../deps.ts';
import type { CallWithQuestionnaires } from '../calls/index.ts';
import { cipherFromHolderBox, type InputCipher } from '../submissions/index.ts';
import { ImportSession, importIntoCall, messageAtHand } from './import-message.ts';
import { findKeptMessage, findMessageKeyBox, findMessageKeyBoxes, listKeptMessages, settleKeptMessage } from './mail-import.repository.ts';
import type { KeptMessage, MessageSummary } from './mail-import.ts';
import { parseEmail } from './mailbox/index.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

export interface StaffReader {
  id: string;
  privateKey: KeyObject | null;
}

/** A kept message as one administrator sees it: its summary, or null when their key cannot open it. */
export interface KeptMessageView extends Omit<KeptMessage, 'sealedSummary'> {
  summary: MessageSummary | null;
}

async function cipherOf(deps: Deps, reader: StaffReader, messageId: string): Promise<InputCipher | null> {
  if (!reader.privateKey) return null;
  const box = await findMessageKeyBox(deps.db, messageId, reader.id);
  return box ? cipherFromHolderBox(messageId, box, reader.privateKey) : null;
}

export async function listMessagesToSort(deps: Deps, reader: StaffReader): Promise<KeptMessageView[]> {
  const kept = await listKeptMessages(deps.db, ['to-sort', 'failed']);
  const { privateKey } = reader;
  const boxes = privateKey ? await findMessageKeyBoxes(deps.db, reader.id, kept.map((m) => m.id)) : new Map<string, Buffer>();
  return kept.map(({ sealedSummary, ...message }) => {
    const box = boxes.get(message.id);
    const cipher = box && privateKey ? cipherFromHolderBox(message.id, box, privateKey) : null;
    const summary = cipher && (JSON.parse(cipher.openNamed('summary', sealedSummary).toString('utf8')) as MessageSummary);
    return { ...message, summary };
  });
}

/** The original message as received, for staff to download. */
export async function openKeptMessage(deps: Deps, reader: StaffReader, messageId: string): Promise<Buffer | 'not-found' | 'key-missing'> {
  const message = await findKeptMessage(deps.db, messageId);
  if (!message) return 'not-found';
  const cipher = await cipherOf(deps, reader, messageId);
  return cipher ? cipher.openNamed('message', message.sealedMessage) : 'key-missing';
}

export type SortOutcome =
  | { kind: 'sorted'; submissionId: string }
  | { kind: 'not-found' | 'key-missing' | 'unreadable' | 'already-settled' | 'no-key-holder' };

export async function sortKeptMessage(deps: Deps, reader: StaffReader, messageId: string, call: CallWithQuestionnaires): Promise<SortOutcome> {
  const message = await findKeptMessage(deps.db, messageId);
  if (!message || !['to-sort', 'failed'].includes(message.status)) return { kind: message ? 'already-settled' : 'not-found' };
  const cipher = await cipherOf(deps, reader, messageId);
  if (!cipher) return { kind: 'key-missing' };
  const raw = cipher.openNamed('message', message.sealedMessage);
  const parsed = await parseEmail(raw);
  if (!parsed.ok) return { kind: 'unreadable' };
  const session = new ImportSession(deps, message.importId, [call], call);
  const result = await importIntoCall(session, null, messageAtHand(deps.config.sessionSecret, raw, parsed.email), call);
  if (!result.submissionId) return { kind: 'no-key-holder' };
  await settleKeptMessage(deps.db, messageId, 'sorted', result.submissionId);
  return { kind: 'sorted', submissionId: result.submissionId };
}

export async function dismissKeptMessage(deps: Deps, messageId: string): Promise<boolean> {
  return settleKeptMessage(deps.db, messageId, 'dismissed', null);
}
