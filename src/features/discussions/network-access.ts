// The one place discussions asks the networks feature who may read a network's threads.
// Until the networks feature lands, no one is a member of any network: network threads stay closed to all.
import type { Db, Transaction } from '../../db/database.ts';

export async function isNetworkMember(_db: Db | Transaction, _networkId: string, _memberId: string): Promise<boolean> {
  return false;
}

export async function networksOfMember(_db: Db | Transaction, _memberId: string): Promise<{ id: string; name: string }[]> {
  return [];
}
