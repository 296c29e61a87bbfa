export { accountsRoutes } from './accounts.routes.tsx';
export { loadStaffIdentity, requireStaff } from './staff-identity.tsx';
export { staffRoles, type StaffRole } from './staff.ts';
export { createSetupLinkIfNoStaff } from './create-setup-link.ts';
