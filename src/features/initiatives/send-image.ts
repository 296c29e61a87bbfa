// Sends a stored (metadata-stripped) picture for an <img>: its detected type, never sniffed, never run as a page.
// Pictures never change once stored (a replaced picture gets a new id), so the id is a strong ETag: a browser on a
// slow link revalidates with a few bytes instead of downloading again. Published pictures revalidate each time so
// one that is withdrawn or hidden stops being served at once; others are for their author and staff only.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { InitiativeImage } from './initiative.ts';

const extensions = { 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

export function sendImage(request: FastifyRequest, reply: FastifyReply, image: InitiativeImage, data: Buffer, isPublic: boolean): FastifyReply {
  const etag = `"${image.id}"`;
  reply
    .header('ETag', etag)
    .header('Cache-Control', isPublic ? 'public, no-cache' : 'private, no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "default-src 'none'; sandbox");
  if (isPublic && request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply
    .header('Content-Type', image.mediaType)
    .header('Content-Disposition', `inline; filename="initiative-image.${extensions[image.mediaType]}"`)
    .send(data);
}
