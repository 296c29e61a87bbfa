export { publicationsRoutes } from './publications.routes.tsx';
export type { DownloadableFile, Publication, PublicationSummary, PublishedContent } from './publication.ts';
export {
  copyAttachmentsToPublication, countPublicationsByCall, deletePublication, deletePublishedAttachments, findPublicationSummary,
  savePublication,
} from './publications.repository.ts';
export { sendFile } from './send-file.ts';
