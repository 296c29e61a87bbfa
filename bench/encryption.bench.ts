// `npm run bench:crypto`: what protecting an input costs. Encrypting a ~3-page answer (≈18 KB of text) and a 1 MB
// attachment with a fresh content key sealed to 3 recipients and the escrow key, and opening it again, as ratios to
// the same bytes copied and serialised in the same run; and a recipient's sign-in key unwrap (argon2id + AES-GCM) as a
// ratio to the password check sign-in already does. Absolute times depend on the machine; the ratios travel.
// Options: --iterations 200 --unwraps 20 (see docs/PERFORMANCE.md).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { hashPassword, verifyPassword } from '../src/features/accounts/passwords.ts';
import { cipherFromHolderBox, deriveReceiptKey, hashReceiptCode, InputCipher, sealForHolders, type SubmissionContent } from '../src/features/submissions/index.ts';
import {
  contentOverheadBytes, deriveKeyEncryptionKey, generateX25519KeyPair, sealedBoxSize, unwrapPrivateKey, wrapPrivateKey,
} from '../src/platform/crypto/index.ts';

const { values: args } = parseArgs({ options: { iterations: { type: 'string', default: '200' }, unwraps: { type: 'string', default: '20' } } });
const iterations = Number(args.iterations);
const unwraps = Number(args.unwraps);

/** Median milliseconds of `runs` calls, after a few discarded warm-up calls. */
async function median(runs: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(5, runs); i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const startedAt = performance.now();
    await fn();
    times.push(performance.now() - startedAt);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

// ≈18 KB of answer text in several languages (three pages), shaped like a submission's content document.
const paragraph = 'Les défenseurs des droits humains qui coopèrent avec l’ONU subissent surveillance, campagnes de dénigrement et poursuites. '
  + 'Human rights defenders face surveillance, smear campaigns and prosecution for cooperating with the UN. '
  + 'Las personas defensoras enfrentan vigilancia, difamación y procesos judiciales. ';
const answers = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i}:answer`, { text: paragraph.repeat(6).slice(0, 1800) }]));
const contentDocument: SubmissionContent = {
  submitter: { kind: 'organisation', name: 'Red de Solidaridad Transfronteriza', organisationType: 'Network', email: 'contacto@red.example', countries: ['KE', 'BR'], coSigners: '' },
  answers,
  processingConsent: true,
};
const contentBytes = Buffer.from(JSON.stringify(contentDocument), 'utf8');
const attachment = randomBytes(1024 * 1024);
const recipients = Array.from({ length: 3 }, () => generateX25519KeyPair());
const escrow = generateX25519KeyPair();
const sealTo = [...recipients.map((r, i) => ({ holder: `member-${i}`, publicKey: r.publicKey })), { holder: 'escrow', publicKey: escrow.publicKey }];
const inputId = crypto.randomUUID();
const attachmentId = crypto.randomUUID();

/** What submitting stores, through the app's own InputCipher and key boxes (the receipt wrap is measured apart). */
function encryptInput() {
  const cipher = InputCipher.fresh(inputId);
  return {
    content: cipher.sealContent(contentDocument),
    attachment: cipher.sealFile(attachmentId, attachment),
    sealedKeys: sealForHolders(cipher, sealTo).map((b) => b.box),
  };
}

const sample = encryptInput();
function openInput() {
  const cipher = cipherFromHolderBox(inputId, sample.sealedKeys[1]!, recipients[1]!.privateKey);
  return [cipher.openContent(sample.content), cipher.openFile(attachmentId, sample.attachment)] as const;
}
// Refuse to report figures for a round trip that does not give the same content back.
const [openedContent, openedAttachment] = openInput();
if (!isDeepStrictEqual(openedContent, contentDocument) || !openedAttachment.equals(attachment)) throw new Error('round trip failed: no figures');

const baselineCopy = () => [Buffer.from(contentBytes), Buffer.from(attachment)];
const baselineSerialise = () => [Buffer.from(JSON.stringify(contentDocument), 'utf8'), Buffer.from(attachment)];

const encryptMs = await median(iterations, encryptInput);
const openMs = await median(iterations, openInput);
const copyMs = await median(iterations, baselineCopy);
const serialiseMs = await median(iterations, baselineSerialise);

const plaintextBytes = contentBytes.length + attachment.length;
const encryptedBytes = sample.content.length + sample.attachment.length + sample.sealedKeys.reduce((n, b) => n + b.length, 0);
const overheadBytes = encryptedBytes - plaintextBytes;
if (overheadBytes !== 2 * contentOverheadBytes + sealTo.length * sealedBoxSize(32)) throw new Error('unexpected overhead: no figures');

const password = 'a recipient’s long passphrase';
const pair = generateX25519KeyPair();
const wrapped = await wrapPrivateKey(pair.privateKey, password);
const passwordHash = await hashPassword(password);
const unwrapMs = await median(unwraps, () => unwrapPrivateKey(wrapped, password));
const kdfMs = await median(unwraps, () => deriveKeyEncryptionKey(password, wrapped.salt));
const verifyMs = await median(unwraps, () => verifyPassword(passwordHash, password));
const secret = 'x'.repeat(64);
const receiptKeyMs = await median(unwraps, () => deriveReceiptKey('1234567812345678', secret, inputId));
const receiptLookupMs = await median(unwraps, () => hashReceiptCode('1234567812345678', secret));

const ms = (n: number) => n.toFixed(n < 1 ? 3 : 1);
const ratio = (n: number, base: number) => `${(n / base).toFixed(1)}×`;
console.log(`Encryption of one input (${(contentBytes.length / 1024).toFixed(1)} KB answers + 1 MB attachment, sealed to ${recipients.length} recipients + escrow), median of ${iterations}:`);
console.log('| operation | median ms | × copy of the same bytes | × JSON serialisation + copy |');
console.log('|---|---:|---:|---:|');
console.log(`| encrypt input (new key, 2 AES-256-GCM, ${sealTo.length} sealed boxes) | ${ms(encryptMs)} | ${ratio(encryptMs, copyMs)} | ${ratio(encryptMs, serialiseMs)} |`);
console.log(`| open input (1 sealed box, 2 AES-256-GCM) | ${ms(openMs)} | ${ratio(openMs, copyMs)} | ${ratio(openMs, serialiseMs)} |`);
console.log(`| baseline: copy | ${ms(copyMs)} | 1.0× | |`);
console.log(`| baseline: JSON serialisation + copy | ${ms(serialiseMs)} | | 1.0× |`);
console.log('');
console.log(`Bytes: plaintext ${plaintextBytes}, stored ${encryptedBytes}, overhead ${overheadBytes} bytes `
  + `(${(100 * overheadBytes / plaintextBytes).toFixed(3)} %: ${contentOverheadBytes} per encrypted blob, ${sealedBoxSize(32)} per sealed key).`);
console.log('');
console.log(`Sign-in key unwrap, median of ${unwraps}:`);
console.log('| operation | median ms | × the password check sign-in already does |');
console.log('|---|---:|---:|');
console.log(`| unwrap private key (argon2id 19 MiB t=2 + AES-256-GCM) | ${ms(unwrapMs)} | ${ratio(unwrapMs, verifyMs)} |`);
console.log(`| of which argon2id key derivation | ${ms(kdfMs)} | ${ratio(kdfMs, verifyMs)} |`);
console.log(`| baseline: argon2id password verification | ${ms(verifyMs)} | 1.0× |`);
console.log('');
console.log(`Receipt code at submission and at follow-up sign-in, median of ${unwraps}:`);
console.log('| operation | median ms | × the password check |');
console.log('|---|---:|---:|');
console.log(`| receipt-code lookup hash (argon2id, site salt) | ${ms(receiptLookupMs)} | ${ratio(receiptLookupMs, verifyMs)} |`);
console.log(`| receipt-code key that wraps the content key (argon2id, salted per input) | ${ms(receiptKeyMs)} | ${ratio(receiptKeyMs, verifyMs)} |`);
