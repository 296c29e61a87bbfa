// The first staff account is made through a one-time link printed at start, never a default password:
// whoever can read the server's console is whoever installed it.
import type { Db } from '../../db/database.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { countStaffUsers, insertSetupToken } from './accounts.repository.ts';

export async function createSetupLinkIfNoStaff(db: Db, now: Date, validHours: number): Promise<string | null> {
  if ((await countStaffUsers(db)) > 0) return null;
  const token = newToken();
  await insertSetupToken(db, hashToken(token), new Date(now.getTime() + validHours * 3600_000).toISOString());
  return `/staff/setup/${token}`;
}
