// Request logs keep what operators need (method, path, status, time) and nothing that identifies a submitter:
// no IP address, no user agent, and private tokens in paths are masked.
import type { FastifyServerOptions } from 'fastify';

const secretSegment = /\/[A-Za-z0-9_-]{20,}(?=\/|\?|$)/g;

export function maskUrl(url: string): string {
  return url.replace(/\?.*$/, '').replace(secretSegment, '/[token]');
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
