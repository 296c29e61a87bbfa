// Rate limits, declared here and nowhere else: the table below names every limited route with its limit and why;
// one hook hands each limit to @fastify/rate-limit as the route is added. Routes themselves know nothing of it.
// Counters live in this process's memory for the window only (client addresses are never written anywhere);
// several instances each count on their own, which multiplies the allowance by the number of instances.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

interface RateLimit {
  max: number;
  timeWindow: string;
}

/** A person saving often: too few for a script flooding the database with drafts or messages. */
const anonymousWrites: RateLimit = { max: 20, timeWindow: '1 minute' };
/**
 * Receipt-code attempts: plenty for typos. With 10^16 codes and ~100 ms of argon2id each, guessing is hopeless
 * either way; the limit keeps a script from turning the hash cost into a denial of service.
 */
const receiptCodeAttempts: RateLimit = { max: 10, timeWindow: '10 minutes' };
/** Staff password and second-factor attempts: enough for typos, too few to guess a 12-character password. */
const staffSignIn: RateLimit = { max: 10, timeWindow: '1 minute' };
/** Members' sign-in and code attempts, like staff: enough for typos, too few to guess a password. */
const memberSignIn: RateLimit = { max: 10, timeWindow: '1 minute' };
/** Joining (two argon2id runs) and asking for a reset link each send an email: a script must not flood inboxes. */
const memberJoin: RateLimit = { max: 5, timeWindow: '10 minutes' };
/** Account set-up links are 256-bit tokens: a person needs a few tries, nobody needs more. */
const accountSetUp: RateLimit = { max: 10, timeWindow: '10 minutes' };
/** Organisation invitations each send an email: enough to bring a whole team in, too few to flood inboxes. */
const invitationsSent: RateLimit = { max: 30, timeWindow: '1 hour' };
/** Checking a signed file reads up to 5 MB and verifies it: plenty for a person checking copies one by one, too few
 * for a script to keep the server busy. */
const signedFileChecks: RateLimit = { max: 20, timeWindow: '1 minute' };

/** Search reads the database for anyone, signed in or not: generous for a person, a wall for a scraper. */
const searchQueries: RateLimit = { max: 60, timeWindow: '1 minute' };
/** Members' posts and reports: far above a person writing, low enough to stop a flood or a mass-reporting script. */
const memberPosts: RateLimit = { max: 20, timeWindow: '10 minutes' };

export const rateLimitedRoutes: readonly { method: string; url: string; limit: RateLimit }[] = Object.freeze([
  { method: 'POST', url: '/calls/:slug/answer/:type', limit: anonymousWrites },
  { method: 'POST', url: '/drafts/:token', limit: anonymousWrites },
  { method: 'POST', url: '/drafts/:token/submit', limit: anonymousWrites },
  { method: 'POST', url: '/submissions/:token/receipt/noted', limit: anonymousWrites },
  { method: 'POST', url: '/follow-up', limit: receiptCodeAttempts },
  { method: 'POST', url: '/follow-up/messages', limit: anonymousWrites },
  { method: 'POST', url: '/follow-up/information', limit: anonymousWrites },
  { method: 'POST', url: '/follow-up/consent', limit: anonymousWrites },
  { method: 'POST', url: '/staff/sign-in', limit: staffSignIn },
  { method: 'POST', url: '/staff/sign-in/code', limit: staffSignIn },
  { method: 'POST', url: '/staff/setup/:token', limit: accountSetUp },
  { method: 'POST', url: '/join', limit: memberJoin },
  { method: 'POST', url: '/sign-in', limit: memberSignIn },
  { method: 'POST', url: '/sign-in/code', limit: memberSignIn },
  { method: 'POST', url: '/sign-in/passkey', limit: memberSignIn },
  { method: 'POST', url: '/sign-in/forgot', limit: memberJoin },
  { method: 'POST', url: '/sign-in/reset/:token', limit: accountSetUp },
  { method: 'POST', url: '/account/password', limit: memberSignIn },
  { method: 'POST', url: '/account/two-factor/disable', limit: memberSignIn },
  { method: 'POST', url: '/account/passkeys', limit: memberSignIn },
  { method: 'POST', url: '/account/passkeys/:id/remove', limit: memberSignIn },
  { method: 'POST', url: '/account/recovery-codes', limit: memberSignIn },
  { method: 'POST', url: '/organisations/:id/invitations', limit: invitationsSent },
  { method: 'POST', url: '/verify', limit: signedFileChecks },
  { method: 'GET', url: '/search', limit: searchQueries },
  { method: 'POST', url: '/initiatives/new', limit: memberPosts },
  { method: 'POST', url: '/report/:kind/:id', limit: memberPosts },
  { method: 'POST', url: '/statements/:id/comments', limit: memberPosts },
  { method: 'POST', url: '/forums/:theme/threads', limit: memberPosts },
  { method: 'POST', url: '/forums/:theme/threads/:threadId/posts', limit: memberPosts },
  { method: 'POST', url: '/networks/:id/threads', limit: memberPosts },
  { method: 'POST', url: '/networks/:id/threads/:threadId/posts', limit: memberPosts },
]);

const key = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

/**
 * Must run before @fastify/rate-limit is registered: its own onRoute hook reads `config.rateLimit`, so ours,
 * added first, must have set it. RATE_LIMIT_MULTIPLIER scales every limit (a load test, a conference Wi-Fi).
 */
export function registerRateLimits(app: FastifyInstance, config: Pick<Config, 'rateLimitMultiplier'>): void {
  const limits = new Map(rateLimitedRoutes.map((route) => [key(route), route.limit]));
  const found = new Set<string>();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      const limit = limits.get(key({ method, url: route.url }));
      if (!limit) continue;
      found.add(key({ method, url: route.url }));
      const scaled = { ...limit, max: limit.max * config.rateLimitMultiplier };
      route.config = { ...route.config, rateLimit: scaled };
    }
  });
  // A renamed route would silently lose its limit: refuse to start instead.
  app.addHook('onReady', async () => {
    const missing = [...limits.keys()].filter((route) => !found.has(route));
    if (missing.length) throw new Error(`rate limits are declared for routes that do not exist: ${missing.join(', ')}`);
  });
}
