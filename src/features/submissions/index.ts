export { submissionsRoutes } from './submissions.routes.tsx';
export * from './submission.ts';
