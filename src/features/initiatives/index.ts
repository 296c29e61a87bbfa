// What other features may use of initiatives: the routes, the domain types, and hiding/restoring for moderation.
export { initiativesRoutes } from './initiatives.routes.ts';
export * from './initiative.ts';
export { hideInitiative, restoreInitiative } from './hide-initiative.ts';
export { loadInitiative } from './load-initiative.ts';
export { initiativeModerators } from './initiative.policy.ts';
