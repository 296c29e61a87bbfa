// Sends a stored file as a download. The browser is told never to render it here: a file an outsider uploaded
// must not run as a page of this site (attachment + nosniff + a sandboxing CSP).
import type { FastifyReply } from 'fastify';

/** A stored file on its way to a browser: the name to offer, the type detected at upload, the bytes. */
export interface DownloadableFile {
  filename: string;
  mediaType: string;
  data: Buffer;
}

// An ASCII fallback for old clients, and the exact name (RFC 5987) for the rest.
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
