export { accountsRoutes } from './accounts.routes.tsx';
export { loadStaffIdentity, privateKeyOf, requireSignedIn, requireStaff, signedInSessionHash } from './staff-identity.tsx';
export {
  recipientRoles, requiresTwoFactor, rolesRequiringTwoFactor, staffPermissions, staffRoles, type StaffRole,
} from './staff.ts';
export { createSetupLinkIfNoStaff } from './create-setup-link.ts';
export { auditActions, recordAudit, type AuditAction, type AuditEvent } from './record-audit.ts';
export { administratorsForSealing, escrowPublicKey, publicKeysOf, recipientsForSealing, type SealingRecipient } from './recipients-for-sealing.ts';
export { keyringsOf, type Keyrings } from './session-keyring.ts';
export { handlesCall } from './handles-call.ts';
export { whenKeyAtHand, type KeyAtHand } from './key-at-hand.ts';
export { KeyMissingNotice } from './views/key-missing-notice.tsx';
// Members of the solidarity network (features/members) reuse the same password rules and in-memory keyrings.
export { hashPassword, passwordMinLength, passwordProblem, spendVerifyTime, verifyPassword } from './passwords.ts';
export { looksLikeEmail, normaliseEmail } from './staff.ts';
export { PendingSignIns, SessionKeyring } from './session-keyring.ts';
export {
  groupSecret, hashRecoveryCode, looksLikeRecoveryCode, matchingStep, newRecoveryCodes, newTotpSecret, totpCode, totpUri,
} from './two-factor.ts';
export { RecoveryCodesView, type RecoveryCodesOccasion } from './views/two-factor-view.tsx';
export { SignInCodeView } from './views/sign-in-code-view.tsx';
