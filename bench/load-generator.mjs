// Runs autocannon in a worker thread, so the load generator never shares an event loop with the server it
// measures. A warm-up run is discarded; the measured run records every response time so p95 can be computed
// (autocannon's own summary stops at p90 and p97.5).
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

function run(options, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on('response', onResponse);
  });
}

const { url, headers, connections, seconds, warmupSeconds } = workerData;
const base = { url, headers, connections, timeout: 10, bailout: 100 };
if (warmupSeconds > 0) await run({ ...base, duration: warmupSeconds });
const times = [];
const result = await run({ ...base, duration: seconds }, (_client, _status, _bytes, responseTime) => times.push(responseTime));
times.sort((a, b) => a - b);
const percentile = (p) => (times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : NaN);
parentPort.postMessage({
  // Counted here: inside a worker thread autocannon returns its raw result, without the per-second summary.
  requestsPerSecond: times.length / result.duration,
  total: times.length,
  seconds: result.duration,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  p50: percentile(50),
  p95: percentile(95),
  p99: percentile(99),
});
