// Command-line entry: serve | migrate | seed | recover | import-mail | rotate-signing-key | digest.
import { readFileSync } from 'node:fs';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { connect } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createSetupLinkIfNoStaff } from './features/accounts/index.ts';
import { seedKnownCodebooks } from './features/analysis/index.ts';
import { rotateKeyCommand } from './features/authenticity/index.ts';
import { seedCalls } from './features/calls/index.ts';
import { digestCommand, startDigestTimer } from './features/discussions/index.ts';
import { importMailboxCommand } from './features/mail-import/import-mail-command.ts';
import { recoverWithEscrow } from './features/review/index.ts';
import { systemClock } from './platform/clock.ts';
import { readEscrowKeyFile } from './platform/crypto/index.ts';
import { createMailer } from './platform/mail.ts';

async function prepareDatabase(config: Config) {
  const connection = connect(config.database);
  const applied = await migrateToLatest(connection.db);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  return connection;
}

async function serve(config: Config): Promise<void> {
  const connection = await prepareDatabase(config);
  const seeded = await seedCalls(connection.db, systemClock.now());
  if (seeded.created) console.log(`Seeded ${seeded.created} calls for inputs`);
  const codes = await seedKnownCodebooks(connection.db);
  if (codes) console.log(`Seeded ${codes} analysis codes`);
  const mailer = createMailer(config.mail, { info: (obj: object, msg: string) => console.log(msg, JSON.stringify(obj)) });
  const app = await buildApp({ config, db: connection.db, engine: connection.engine, clock: systemClock, mailer });
  const setupPath = await createSetupLinkIfNoStaff(connection.db, systemClock.now(), config.limits.setupLinkHours);
  await app.listen({ host: config.host, port: config.port });
  console.log(`Serving on ${config.baseUrl} (${connection.engine})`);
  if (setupPath) {
    console.log(`\nNo staff account yet. Create the first one within ${config.limits.setupLinkHours} hours, once, at:\n  ${config.baseUrl}${setupPath}\n`);
  }
  // Every instance runs it: each member's digest is claimed once per day in the database, whoever comes first.
  const digests = startDigestTimer({ config, db: connection.db, mailer, clock: systemClock }, { intervalMs: 15 * 60_000, log: (error) => app.log.error(error) });
  const stop = async () => {
    digests.stop();
    await app.close();
    await connection.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `npm run recover -- <escrow key file> <reference> <output folder>`: see docs/OPERATIONS.md, "Using it". */
async function recover(config: Config, [keyFile, reference, outDir]: string[]): Promise<void> {
  if (!keyFile || !reference || !outDir) {
    console.error('Usage: npm run recover -- <escrow private key file> <input reference, e.g. HRC56-2024-0042> <output folder>');
    process.exit(2);
  }
  const { privateKey } = readEscrowKeyFile(readFileSync(keyFile, 'utf8'));
  const connection = connect(config.database);
  try {
    const outcome = await recoverWithEscrow(connection.db, privateKey, reference, outDir);
    if (outcome.kind === 'recovered') console.log(`Recovered ${reference}:\n  ${outcome.files.join('\n  ')}`);
    else console.error(outcome.kind === 'not-found' ? `No submitted input has the reference ${reference}.` : `${reference} was not sealed to the escrow key.`);
    if (outcome.kind !== 'recovered') process.exitCode = 1;
  } finally {
    await connection.close();
  }
}

async function main(command = 'serve'): Promise<void> {
  const config = loadConfig();
  if (command === 'serve') return serve(config);
  if (command === 'migrate') {
    await (await prepareDatabase(config)).close();
    return;
  }
  if (command === 'seed') {
    const connection = await prepareDatabase(config);
    console.log(`Seeded ${(await seedCalls(connection.db, systemClock.now())).created} calls for inputs`);
    console.log(`Seeded ${await seedKnownCodebooks(connection.db)} analysis codes`);
    return connection.close();
  }
  if (command === 'recover') return recover(config, process.argv.slice(3));
  if (command === 'import-mail') {
    const connection = await prepareDatabase(config);
    try {
      process.exitCode = await importMailboxCommand({ config, db: connection.db, clock: systemClock }, process.argv.slice(3));
    } finally {
      await connection.close();
    }
    return;
  }
  if (command === 'rotate-signing-key') {
    const connection = await prepareDatabase(config);
    try {
      process.exitCode = await rotateKeyCommand({ config, db: connection.db, clock: systemClock }, process.argv.slice(3));
    } finally {
      await connection.close();
    }
    return;
  }
  if (command === 'digest') {
    const connection = await prepareDatabase(config);
    const mailer = createMailer(config.mail, { info: (obj: object, msg: string) => console.log(msg, JSON.stringify(obj)) });
    try {
      process.exitCode = await digestCommand({ config, db: connection.db, mailer, clock: systemClock });
    } finally {
      mailer.close();
      await connection.close();
    }
    return;
  }
  console.error(`Unknown command "${command}". Use: serve | migrate | seed | recover | import-mail | rotate-signing-key | digest`);
  process.exit(2);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
