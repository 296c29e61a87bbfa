// Authenticity: the public verification page, the published signing keys, and the `verify` and
// `rotate-signing-key` commands. Signing itself is src/platform/signing (other features call signDocument there).
export { authenticityRoutes } from './authenticity.routes.tsx';
export { rotateKeyCommand } from './rotate-key-command.ts';
