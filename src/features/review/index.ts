export { reviewRoutes } from './review.routes.tsx';
export { recoverWithEscrow, type RecoveryOutcome } from './recover-with-escrow.ts';
