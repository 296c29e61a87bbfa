// Sends a stored file as a download. The browser is told never to render it here: a file an outsider uploaded
// must not run as a page of this site (attachment + nosniff + a sandboxing CSP).
import type { FastifyReply } from 'fastify';
import type { DownloadableFile } from './publication.ts';

function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function sendFile(reply: FastifyReply, file: DownloadableFile, cacheControl: string): FastifyReply {
  return reply
    .header('Content-Type', file.mediaType)
    .header('Content-Disposition', contentDisposition(file.filename))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "default-src 'none'; sandbox")
    .header('Cache-Control', cacheControl)
    .send(file.data);
}
