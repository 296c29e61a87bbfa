// How every open-data response goes out. Public, read-only data: any origin may read it (CORS `*`, and no cookie is
// ever needed, so none is honoured); validators let a script poll cheaply; and `no-cache` makes every use revalidate,
// so an input whose publication is withdrawn leaves every client at the next request, as it leaves the public pages.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendFile } from '../../http/send-file.ts';

/** Weak: the same data may travel compressed or not, which a strong validator would have to tell apart. */
function etagOf(body: Buffer): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));
}

function send(request: FastifyRequest, reply: FastifyReply, body: Buffer, deliver: (reply: FastifyReply) => FastifyReply): FastifyReply {
  const etag = etagOf(body);
  reply.header('Access-Control-Allow-Origin', '*').header('Cache-Control', 'no-cache').header('ETag', etag).header('Vary', 'Accept-Encoding');
  if (matches(request, etag)) return reply.status(304).send();
  return deliver(reply);
}

const jsonType = 'application/json; charset=utf-8';

export function sendJson(request: FastifyRequest, reply: FastifyReply, value: unknown, status = 200): FastifyReply {
  const body = Buffer.from(JSON.stringify(value));
  return send(request, reply, body, (r) => r.status(status).type(jsonType).send(body));
}

/** An API error: a stable code scripts can test, never an HTML error page. */
export function sendJsonError(request: FastifyRequest, reply: FastifyReply, status: 400 | 404, error: string): FastifyReply {
  return reply.header('Access-Control-Allow-Origin', '*').header('Cache-Control', 'no-store').status(status).type(jsonType).send({ error });
}

/** A file to save (CSV or a whole JSON dump), offered as an attachment and never rendered as a page of this site. */
export function sendDownload(request: FastifyRequest, reply: FastifyReply, file: { filename: string; mediaType: string; text: string }): FastifyReply {
  const body = Buffer.from(file.text);
  return send(request, reply, body, (r) => sendFile(r, { filename: file.filename, mediaType: file.mediaType, data: body }, 'no-cache'));
}

export const csvType = 'text/csv; charset=utf-8';
export { jsonType };
