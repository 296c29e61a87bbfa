// `npm run rotate-signing-key [-- --compromised]`: retire the platform's signing key and make a new one. Files the old
// key signed still verify ("signed with a key retired on …"), unless --compromised says its private half may have
// leaked, in which case they read as "withdrawn key" (docs/AUTHENTICITY.md, "Rotating the key").
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import { groupedFingerprint, rotateSigningKey } from '../../platform/signing/index.ts';

export async function rotateKeyCommand(deps: { config: Config; db: Db; clock: Clock }, args: readonly string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--compromised');
  if (unknown.length) {
    console.error('Usage: npm run rotate-signing-key [-- --compromised]');
    return 2;
  }
  const compromised = args.includes('--compromised');
  const { retired, current } = await rotateSigningKey(deps.db, deps.config, deps.clock.now(), { compromised });
  if (retired) console.log(`Retired ${groupedFingerprint(retired)}${compromised ? ' as compromised: files it signed no longer verify' : ''}.`);
  console.log(`Signing from now on with ${groupedFingerprint(current)}.`);
  return 0;
}
