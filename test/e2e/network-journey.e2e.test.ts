// Issue 6's journey in real Chromium, from joining the network to co-signing a statement and checking its signed
// file: once without JavaScript (B's organisation asks to join and A approves; the file is uploaded to /verify),
// then with JavaScript on the same server (A invites and B accepts; the file is pasted). axe runs on every page
// either loads. Steps live in network-journey.ts; each run says how long it took and how many pages it loaded.
import { after, before, describe, it } from 'node:test';
import { skipBrowserTests } from '../support/browser.ts';
import { startHarness, type Harness } from './harness.ts';
import { chile, kenya, person, timedNetworkJourney } from './network-journey.ts';

describe('joining a network and co-signing its statement, in Chromium', { skip: skipBrowserTests }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.stop());

  it('works without JavaScript: a request to join approved, the signed file uploaded to /verify', async (t) => {
    await timedNetworkJourney(t, h, {
      javaScript: false,
      a: person('Valentina Rojas', 'valentina@techo-digno.example', { name: 'Techo Digno Chile', ...chile }),
      b: person('Wanjiru Kamau', 'wanjiru@makazi-haki.example', { name: 'Makazi Haki Kenya', ...kenya }),
      network: 'Housing Rights Across Borders',
      statement: {
        title: 'Stop forced evictions in informal settlements',
        text: 'We call on all States to stop forced evictions.\n\nHousing is a human right, everywhere.',
        comment: 'Could we name the settlements in Nairobi that were cleared last month?',
      },
      entry: 'request',
      verifyBy: 'upload',
    });
  });

  it('works with JavaScript: an invitation accepted, the signed file pasted into /verify', async (t) => {
    await timedNetworkJourney(t, h, {
      javaScript: true,
      a: person('Amani Otieno', 'amani@pamoja-network.example', { name: 'Pamoja Tenants Union', ...kenya }),
      b: person('Joaquín Pérez', 'joaquin@vivienda-sur.example', { name: 'Vivienda Sur', ...chile }),
      network: 'Tenants Solidarity South–South',
      statement: {
        title: 'Solidarity with tenants facing eviction',
        text: 'Tenants’ unions in Kenya and Chile stand together.\n\nNo eviction without a home to go to.',
        comment: 'Shall we add a line on rent strikes?',
      },
      entry: 'invitation',
      verifyBy: 'paste',
    });
  });
});
