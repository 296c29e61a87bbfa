export * from './call.ts';
export {
  findCallById, findCallBySlug, insertCall, insertQuestion, insertQuestionnaire, listCalls, loadQuestionnaires,
  takeNextSubmissionNumber,
} from './calls.repository.ts';
export { callsPublicRoutes } from './calls.public.routes.tsx';
export { callsStaffRoutes } from './calls.staff.routes.tsx';
export { seedCalls } from './seed/seed-calls.ts';
export { daysLeft, groupForReaders, publicStatus } from './call-schedule.ts';
export { findPublicCall, listPublicCalls } from './find-public-call.ts';
export { zonedTimeToInstant, instantToZonedTime } from './time-zone.ts';
export { Deadline, formatDeadline, StatusBadge } from './views/call-facts.tsx';
export { CallCards } from './views/calls-list-page.tsx';
