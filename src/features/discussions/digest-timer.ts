// Runs the daily digest from `serve`: soon after start, then every interval. Every instance may run it; the
// per-member claims in digests_sent make sure each digest goes out once per day whoever runs first.
import { sendDailyDigest } from './send-daily-digest.ts';
import type { DiscussionDeps } from './notify-after-post.ts';

export function startDigestTimer(deps: DiscussionDeps, options: { intervalMs: number; log: (error: unknown) => void }): { stop(): void } {
  let running = false;
  const tick = async () => {
    if (running) return; // a slow run is not overtaken by the next tick
    running = true;
    try {
      await sendDailyDigest(deps, deps.clock.now());
    } catch (error) {
      options.log(error);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), Math.min(options.intervalMs, 60_000));
  const timer = setInterval(() => void tick(), options.intervalMs);
  first.unref();
  timer.unref();
  return { stop: () => { clearTimeout(first); clearInterval(timer); } };
}
