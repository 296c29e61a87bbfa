// Issue 2's journey in real Chromium, as people live it: a submitter answers the demo call (draft, resume from
// the private link, PDF, submit in French, receipt page and mail), staff publish the input, a reader downloads it.
// Once without JavaScript (it creates the first staff account from the printed link), then with JavaScript on the
// same server (staff sign in with that account); axe runs on every page either loads. Steps live in journey.ts.
import { after, before, describe, it } from 'node:test';
import { skipBrowserTests } from '../support/browser.ts';
import { startHarness, type Harness } from './harness.ts';
import { runJourney } from './journey.ts';

const year = new Date().getUTCFullYear();

describe('answering the demo call, then publishing the input, in Chromium', { skip: skipBrowserTests }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.stop());

  it('works without JavaScript, from the first save to the published PDF, with axe on every page', async () => {
    await runJourney(h, {
      javaScript: false,
      who: { organisation: 'Red de Solidaridad Transfronteriza', email: 'contacto@red-solidaridad.example', filename: 'lettre.pdf' },
      staff: 'first account',
      reference: `DEMO-${year}-0001`,
    });
  });

  it('works with JavaScript, staff signing in with the account the first journey created', async () => {
    await runJourney(h, {
      javaScript: true,
      who: { organisation: 'Collectif Solidarité Sahel', email: 'contact@solidarite-sahel.example', filename: 'contribution-sahel.pdf' },
      staff: 'sign in',
      reference: `DEMO-${year}-0002`,
    });
  });
});
