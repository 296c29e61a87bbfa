export { submissionsRoutes } from './submissions.routes.tsx';
export * from './submission.ts';
export { AnswersView, type AnswersViewProps } from './views/answers-view.tsx';
export { deriveReceiptKey, formatReceiptCode, hashReceiptCode, normaliseReceiptCode } from './receipt-code.ts';
export { checkAttachments, type AcceptedFile } from './check-attachments.ts';
export { parseFormBody, type FormBody } from './form-body.ts';
export type { IncomingFile } from './answer-form.ts';
export { acceptAttribute } from './limits.ts';
export { InputCipher, openAttachmentInfos, openStoredInput, readInputFile, sealAcceptedFile } from './input-cipher.ts';
export {
  cipherFromHolderBox, cipherFromReceipt, escrowHolder, sealForHolders, type KeyBox, type KeyHolder,
} from './input-keys.ts';
export {
  countAttachments, deleteKeyBoxes, findKeyBoxes, findSubmittedStoredInput, insertAttachment, insertKeyBoxes,
  listKeyHoldersOfInputs, listStoredAttachments, listSubmittedInputIds, type StoredAttachment, type StoredInput,
} from './submissions.repository.ts';
