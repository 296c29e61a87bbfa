// Public pages (call pages, inputs received) are read far more than they change, often over slow links.
// Rendered and compressed once, they are served from memory until something they show changes. Writes on this
// instance invalidate at once; other instances sharing PostgreSQL see the change within the time-to-live.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from './render.tsx';

interface Entry {
  expires: number;
  etag: string;
  raw: Buffer;
  br: Buffer;
  gzip: Buffer;
}

export interface PublicPage {
  title: string;
  body: VNode;
}

export class PublicPageCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs = 10_000, private readonly maxEntries = 2_000) {}

  invalidate(): void {
    this.entries.clear();
  }

  /** Renders through the cache; a null page means "not found" and is never cached. */
  async send(request: FastifyRequest, reply: FastifyReply, load: () => Promise<PublicPage | null>): Promise<FastifyReply> {
    // Staff see their own navigation on every page, so their copies are personal and never cached.
    if (request.staff) {
      const page = await load();
      if (page) return reply.page(page.title, page.body);
      reply.callNotFound();
      return reply;
    }
    const key = `${request.locale}|${request.url}`;
    let entry = this.entries.get(key);
    if (!entry || entry.expires < Date.now()) {
      const page = await load();
      if (!page) {
        reply.callNotFound();
        return reply;
      }
      const raw = Buffer.from(renderDocument(request, reply, page.title, page.body, true));
      entry = {
        expires: Date.now() + this.ttlMs,
        etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 16)}"`,
        raw,
        br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzipSync(raw, { level: 9 }),
      };
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, entry);
    }
    reply
      .header('Cache-Control', 'no-cache')
      .header('ETag', entry.etag)
      .header('Vary', 'Accept-Encoding, Accept-Language, Cookie')
      .type('text/html; charset=utf-8');
    if (request.headers['if-none-match'] === entry.etag) return reply.status(304).send();
    const accept = String(request.headers['accept-encoding'] ?? '');
    if (/\bbr\b/.test(accept)) return reply.header('Content-Encoding', 'br').send(entry.br);
    if (/\bgzip\b/.test(accept)) return reply.header('Content-Encoding', 'gzip').send(entry.gzip);
    return reply.send(entry.raw);
  }
}
