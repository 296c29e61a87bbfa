export { submissionsRoutes } from './submissions.routes.tsx';
export * from './submission.ts';
export { AnswersView, type AnswersViewProps } from './views/answers-view.tsx';
export { formatReceiptCode, hashReceiptCode, normaliseReceiptCode } from './receipt-code.ts';
export { checkAttachments, type AcceptedFile } from './check-attachments.ts';
export { parseFormBody, type FormBody } from './form-body.ts';
export type { IncomingFile } from './answer-form.ts';
export { acceptAttribute } from './limits.ts';
export { findAttachmentFile, insertAttachment, listAttachments } from './submissions.repository.ts';
