// The email channel: importing mailboxes into the calls-for-inputs pipeline. Other features reach it through here.
export { mailImportRoutes } from './mail-import.routes.tsx';
export { listImportFlags } from './mail-import.repository.ts';
export { EmailArrival, GeneralComments, ImportMarkers, type ImportFlags } from './views/email-markers.tsx';
