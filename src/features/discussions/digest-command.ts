// `npm run digest`: sends today's daily digests now (for cron, or after an outage). Safe to run beside serving
// instances: a digest already claimed today is skipped.
import { sendDailyDigest } from './send-daily-digest.ts';
import type { DiscussionDeps } from './notify-after-post.ts';

export async function digestCommand(deps: DiscussionDeps): Promise<number> {
  const run = await sendDailyDigest(deps, deps.clock.now());
  console.log(`Daily digest for ${run.day}: ${run.sent} sent, ${run.failed} failed (to be retried by the next run)`);
  return run.failed ? 1 : 0;
}
