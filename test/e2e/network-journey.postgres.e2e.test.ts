// The journey of network-journey.e2e.test.ts with JavaScript on, against PostgreSQL: the same pages, mails and signed
// file from the other engine, by the paths the SQLite runs split between them (a request approved, a file uploaded).
// Its own file, so the test runner can run it beside the SQLite journeys.
import { after, describe, it } from 'node:test';
import { skipBrowserTests } from '../support/browser.ts';
import { postgresReachable } from '../support/engines.ts';
import { startHarness, type Harness } from './harness.ts';
import { chile, kenya, person, timedNetworkJourney } from './network-journey.ts';

describe('joining a network and co-signing its statement, on PostgreSQL in Chromium', { skip: skipBrowserTests }, async () => {
  const unreachable = skipBrowserTests || (await postgresReachable()) ? false : 'PostgreSQL unreachable';
  let h: Harness | undefined;
  after(() => h?.stop());

  it('works with JavaScript: a request to join approved, the signed file uploaded to /verify', { skip: unreachable }, async (t) => {
    h = await startHarness({ engine: 'postgres' });
    await timedNetworkJourney(t, h, {
      javaScript: true,
      a: person('Lucía Mamani', 'lucia@tierra-y-techo.example', { name: 'Tierra y Techo', ...chile }),
      b: person('Achieng Odhiambo', 'achieng@haki-ardhi.example', { name: 'Haki Ardhi Collective', ...kenya }),
      network: 'Land and Housing Defenders Network',
      statement: {
        title: 'Defenders of the right to housing must be protected',
        text: 'Housing rights defenders in Chile and Kenya face threats.\n\nWe stand with them.',
        comment: 'Please add the names of the organisations that were raided.',
      },
      entry: 'request',
      verifyBy: 'upload',
    });
  });
});
