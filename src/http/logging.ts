// Request logs keep what operators need (method, path, status, time) and nothing that identifies a submitter:
// no IP address, no user agent, and private tokens in paths are masked.
import type { FastifyServerOptions } from 'fastify';

const longSegment = /\/([A-Za-z0-9_-]{20,})(?=\/|$)/g;
// Public addresses are lowercase words and ids (slugs, UUIDs); private tokens are mixed-case base64url.
const publicSlug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function maskUrl(url: string): string {
  return url.replace(/\?.*$/, '').replace(longSegment, (whole, segment: string) => (publicSlug.test(segment) ? whole : '/[token]'));
}

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: ['req.headers', 'headers.cookie', 'mail.to'],
    serializers: {
      req: (request: { method: string; url: string }) => ({ method: request.method, url: maskUrl(request.url) }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}
