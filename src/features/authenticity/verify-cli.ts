// Entry of `npm run verify` (verify-command.ts says what it does). Its own entry rather than a command of src/main.ts:
// it loads only the signing code, the configuration and the database driver, not the whole web application, so it
// starts fast and runs on a copy of the source that someone keeps only to check statements.
import { loadConfig } from '../../config.ts';
import { consoleIo, verifyCommand } from './verify-command.ts';

verifyCommand(process.argv.slice(2), consoleIo(loadConfig)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Cannot check: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
