// The only reader of process.env. Every setting is declared here with its default, validated once at start,
// and frozen, so a typo in the environment fails fast with a message instead of surfacing as a runtime surprise.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  BASE_URL: z.url().optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  DATA_DIR: z.string().default('./data'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().default('Calls for inputs <no-reply@solidarity.invalid>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  ESCROW_PUBLIC_KEY: z.string().trim()
    .refine((v) => Buffer.from(v, 'base64').length === 32 && /^[A-Za-z0-9+/_-]+=*$/.test(v), 'must be the base64 X25519 public key printed by `npm run escrow-keygen`')
    .optional(),
  RATE_LIMIT_MULTIPLIER: z.coerce.number().int().min(1).max(1000).default(1),
  PROOF_OF_WORK_BITS: z.coerce.number().int().min(1).max(30).default(15),
  PROOF_OF_WORK_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(3000),
  MEMBER_SESSION_HOURS: z.coerce.number().int().min(1).max(168).default(12),
});

export type Config = Readonly<{
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  baseUrl: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  sessionSecret: string;
  mail: { smtpUrl: string | undefined; from: string };
  logLevel: string;
  trustProxy: boolean;
  /** Opt-in recovery: content keys are also sealed to this offline-held key (raw 32 bytes, base64); null when unset. */
  escrowPublicKey: string | null;
  /** Scales every route's rate limit, e.g. for a coalition answering from one office address, or load tests. */
  rateLimitMultiplier: number;
  /**
   * Anonymous forms carry a challenge (docs/THREAT_MODEL.md). With JavaScript the browser finds a solution: 2^bits
   * SHA-256 on average, about 1–2 s on a phone at 15. Without one the request is handled no sooner than waitMs after
   * its form was issued.
   */
  proofOfWork: { difficultyBits: number; waitMs: number };
  /** A member's session ends this long after sign-in, not sliding: an at-risk member's pseudonym secret is held that long. */
  memberSessionHours: number;
  limits: typeof limits;
}>;

/** Limits users meet; one place, so staff can find and change them (GlobaLeaks keeps these in config_desc). */
export const limits = Object.freeze({
  attachmentMaxBytes: 10 * 1024 * 1024,
  attachmentsPerSubmission: 5,
  answerMaxChars: 50_000,
  shortTextMaxChars: 300,
  staffSessionHours: 8,
  setupLinkHours: 24,
  draftResumeTokenBytes: 32,
  /** DOCX and ODT are zips: beyond these a small upload could expand into a "zip bomb", so it is refused. */
  archiveMaxEntries: 1_000,
  archiveMaxUncompressedBytes: 100 * 1024 * 1024,
  /** Refused when one part expands more than this many times AND to more than archiveRatioCheckedAboveBytes. */
  archiveMaxRatio: 100,
  archiveRatioCheckedAboveBytes: 1024 * 1024,
});

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const sessionSecret = e.SESSION_SECRET ?? developmentSecret(e.NODE_ENV, dataDir);
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    baseUrl: (e.BASE_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
    database: e.DATABASE_URL
      ? { kind: 'postgres' as const, url: e.DATABASE_URL }
      : { kind: 'sqlite' as const, file: path.join(dataDir, 'platform.sqlite') },
    dataDir,
    sessionSecret,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === 'true',
    escrowPublicKey: e.ESCROW_PUBLIC_KEY ?? null,
    rateLimitMultiplier: e.RATE_LIMIT_MULTIPLIER,
    proofOfWork: { difficultyBits: e.PROOF_OF_WORK_BITS, waitMs: e.PROOF_OF_WORK_WAIT_MS },
    memberSessionHours: e.MEMBER_SESSION_HOURS,
    limits,
  });
}

/**
 * Outside production a secret is kept in the data folder so `npm start` works on a fresh machine; production
 * refuses to start without SESSION_SECRET, because an invented secret would silently change on every deploy.
 */
function developmentSecret(env: string, dataDir: string): string {
  if (env === 'production') throw new Error('Invalid environment:\n  SESSION_SECRET: required in production (32+ characters)');
  if (env === 'test') return randomBytes(32).toString('hex');
  const file = path.join(dataDir, '.development-session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  console.warn(`SESSION_SECRET is not set: using a development secret stored in ${file}`);
  return secret;
}
