export * from './call.ts';
export {
  findCallById, findCallBySlug, insertCall, insertQuestion, insertQuestionnaire, listCalls, loadQuestionnaires,
  takeNextSubmissionNumber,
} from './calls.repository.ts';
export { callsPublicRoutes } from './calls.public.routes.tsx';
export { callsStaffRoutes } from './calls.staff.routes.tsx';
export { seedCalls } from './seed/seed-calls.ts';
