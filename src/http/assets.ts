// The stylesheet and the small enhancement script, served with a content hash in the URL so browsers on slow
// links cache them for a year and never revalidate.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

const assetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'views', 'assets');
const types: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

interface Asset {
  type: string;
  hash: string;
  raw: Buffer;
  br: Buffer;
  gzip: Buffer;
}

const assets = new Map<string, Asset>();
for (const name of ['app.css', 'app.js', 'passkeys.js']) {
  const raw = readFileSync(path.join(assetsDir, name));
  assets.set(name, {
    type: types[path.extname(name)]!,
    hash: createHash('sha256').update(raw).digest('hex').slice(0, 12),
    raw,
    br: brotliCompressSync(raw),
    gzip: gzipSync(raw, { level: 9 }),
  });
}

export function assetUrl(name: string): string {
  const asset = assets.get(name);
  if (!asset) throw new Error(`Unknown asset ${name}`);
  return `/assets/${asset.hash}/${name}`;
}

export function assetBytes(name: string): Asset | undefined {
  return assets.get(name);
}

export async function registerAssets(app: FastifyInstance): Promise<void> {
  // Browsers ask for /favicon.ico on their own; an empty answer cached for a year beats a full 404 page each time.
  app.get('/favicon.ico', { compress: false }, async (_request, reply) =>
    reply.header('Cache-Control', 'public, max-age=31536000, immutable').status(204).send());
  app.get<{ Params: { hash: string; name: string } }>('/assets/:hash/:name', { compress: false }, async (request, reply) => {
    const asset = assets.get(request.params.name);
    if (!asset) return reply.callNotFound();
    const accept = String(request.headers['accept-encoding'] ?? '');
    reply.header('Cache-Control', 'public, max-age=31536000, immutable').header('Vary', 'Accept-Encoding').type(asset.type);
    if (/\bbr\b/.test(accept)) return reply.header('Content-Encoding', 'br').send(asset.br);
    if (/\bgzip\b/.test(accept)) return reply.header('Content-Encoding', 'gzip').send(asset.gzip);
    return reply.send(asset.raw);
  });
}
