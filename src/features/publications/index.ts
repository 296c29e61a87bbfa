export { publicationsRoutes } from './publications.routes.tsx';
export type { DownloadableFile, Publication, PublicationSummary, PublishedContent } from './publication.ts';
export {
  countPublicationsByCall, deletePublication, deletePublishedAttachments, findPublicationSummary, insertPublishedAttachment,
  listPublications, savePublication,
} from './publications.repository.ts';
