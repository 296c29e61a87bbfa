export { submissionsRoutes } from './submissions.routes.tsx';
export * from './submission.ts';
export { AnswersView, type AnswersViewProps } from './views/answers-view.tsx';
