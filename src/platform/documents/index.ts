// Untrusted documents: checking uploads by their structure, and cleaned copies for publication.
export { type DocumentCheck, type DocumentProblem } from './document-problem.ts';
export { cleanText, extractText, type TextExtraction, type TextKind } from './extract-text.ts';
export { checkOfficeDocument, isEncryptedOfficeFile, type OfficeKind } from './office-document.ts';
export { checkPdf } from './pdf-document.ts';
export { type ActiveContent } from './pdf-active-content.ts';
export { orientationOf } from './exif-orientation.ts';
export { imageKindOf, stripImageMetadata, type ImageKind } from './strip-image.ts';
export { stripMetadata, type Stripping } from './strip-metadata.ts';
export { replacedPictureFormats, type ReplacedPictureFormat } from './embedded-pictures.ts';
export { type ReplacedPicture } from './strip-office.ts';
export { archiveLimits, readZipArchive, writeZipArchive, type ZipEntry, type ZipLimits } from './zip-archive.ts';
