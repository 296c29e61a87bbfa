// The journey of call-for-inputs.e2e.test.ts with JavaScript on, against PostgreSQL: the same pages and mails
// from the other engine. Its own file, so the test runner can run it beside the SQLite journeys.
import { after, describe, it } from 'node:test';
import { skipBrowserTests } from '../support/browser.ts';
import { postgresReachable } from '../support/engines.ts';
import { startHarness, type Harness } from './harness.ts';
import { runJourney } from './journey.ts';

describe('answering the demo call, then publishing the input, on PostgreSQL in Chromium', { skip: skipBrowserTests }, async () => {
  const unreachable = skipBrowserTests || (await postgresReachable()) ? false : 'PostgreSQL unreachable';
  let h: Harness | undefined;
  after(() => h?.stop());

  it('works with JavaScript, staff creating the first account', { skip: unreachable }, async () => {
    h = await startHarness({ engine: 'postgres' });
    await runJourney(h, {
      javaScript: true,
      who: { organisation: 'Asociación Puentes del Sur', email: 'info@puentes-del-sur.example', filename: 'aporte.pdf' },
      staff: 'first account',
      reference: `DEMO-${new Date().getUTCFullYear()}-0001`,
    });
  });
});
