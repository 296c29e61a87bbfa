// The web import: staff upload an mbox file or .eml files; the upload is stored encrypted and a background job
// (import-worker.ts) imports it, so the import survives a page reload and a server restart. The upload's key is
// wrapped under the site secret (a restarted server must be able to finish) and deleted with the upload at the end.
import type { AppDeps } from '../../deps.ts';
import { dayOf } from '../../platform/clock.ts';
import { newContentKey, unwrapUnderSecret, wrapUnderSecret } from '../../platform/crypto/index.ts';
import { newId } from '../../platform/tokens.ts';
import { InputCipher } from '../submissions/index.ts';
import { insertImport, insertUploads, listUploads } from './mail-import.repository.ts';
import type { ImportRecord } from './mail-import.ts';
import { messagesFromUploads, type RawMessage } from './mailbox/index.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

export interface UploadedMailbox {
  filename: string;
  data: Buffer;
}

function serialise(file: UploadedMailbox): Buffer {
  const name = Buffer.from(file.filename, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(name.length);
  return Buffer.concat([length, name, file.data]);
}

function deserialise(data: Buffer): UploadedMailbox {
  const length = data.readUInt32BE(0);
  return { filename: data.subarray(4, 4 + length).toString('utf8'), data: data.subarray(4 + length) };
}

export type UploadStart = { kind: 'no-messages' } | { kind: 'started'; importId: string; messages: number };

export async function startUploadImport(deps: Deps, startedBy: string, callId: string | null, files: readonly UploadedMailbox[]): Promise<UploadStart> {
  const messages = messagesFromUploads([...files]).length;
  if (!messages) return { kind: 'no-messages' };
  const importId = newId();
  const key = newContentKey();
  const cipher = InputCipher.withKey(importId, key);
  await deps.db.transaction().execute(async (trx) => {
    await insertImport(trx, {
      id: importId, callId, origin: 'upload', sourceHash: null, status: 'queued', startedBy, day: dayOf(deps.clock.now()),
      uploadKeyBox: wrapUnderSecret(key, deps.config.sessionSecret, 'mail-import-upload', importId),
    });
    await insertUploads(trx, importId, files.map((file, i) => cipher.sealNamed(`upload:${i}`, serialise(file))));
  });
  return { kind: 'started', importId, messages };
}

/** The uploaded messages back, for the worker; empty once the import finished (the upload is deleted then). */
export async function uploadedMessages(deps: Deps, record: ImportRecord): Promise<RawMessage[]> {
  if (!record.uploadKeyBox) return [];
  const key = unwrapUnderSecret(record.uploadKeyBox, deps.config.sessionSecret, 'mail-import-upload', record.id);
  const cipher = InputCipher.withKey(record.id, key);
  const files = (await listUploads(deps.db, record.id)).map((u) => deserialise(cipher.openNamed(`upload:${u.position}`, u.sealedFile)));
  return messagesFromUploads(files);
}
