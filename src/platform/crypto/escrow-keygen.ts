// `npm run escrow-keygen -- <file>`: makes the offline recovery key pair. Prints the public key (the value of
// ESCROW_PUBLIC_KEY) and writes the private key to <file> (mode 600, never overwriting), to be taken offline.
import { writeFileSync } from 'node:fs';
import { newEscrowKeyFile } from './escrow-key.ts';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run escrow-keygen -- <file for the private key, e.g. /media/usb/escrow-private-key.txt>');
  process.exit(2);
}
const { publicKey, fileText } = newEscrowKeyFile(new Date());
try {
  writeFileSync(target, fileText, { mode: 0o600, flag: 'wx' });
} catch (error) {
  console.error(`Could not write ${target}: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`Private key written to ${target}. Take it offline now and delete any other copy from this machine.`);
console.log('Set this on the server to seal every new input to the escrow key as well:');
console.log(`ESCROW_PUBLIC_KEY=${publicKey}`);
