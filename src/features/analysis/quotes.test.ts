import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { describeEachEngine } from '../../../test/support/engines.ts';
import { analysisFixture, openedInput, type AnalysisFixture } from './analysis-test-setup.ts';
import { listQuotes } from './list-quotes.ts';
import { markQuote } from './mark-quote.ts';
import { removeQuote } from './remove-quote.ts';
import type { RegionOf } from './quote-attribution.ts';

const text = 'Defenders who spoke at the Council were followed home the same week.';
const regions: Record<string, string> = { CO: 'latin-america-caribbean', PE: 'latin-america-caribbean', KE: 'african' };
const regionOf: RegionOf = (country) => regions[country] ?? null;

describeEachEngine('quote bank', (database) => {
  let f: AnalysisFixture;
  before(async () => {
    f = await analysisFixture(database().db);
  });

  async function quoted(consent: 'public-named' | 'public-anonymous' | 'do-not-publish') {
    const opened = await openedInput(f, text, { consent, name: 'Red de Defensoras del Sur', countries: ['CO', 'PE', 'AQ'], stakeholderType: 'civil-society' });
    const marked = await markQuote(f.deps, opened, f.staffId, { partRef: f.textRef, field: 'text', start: 0, end: 53 });
    assert.ok(marked.kind === 'marked');
    const quotes = await listQuotes(f.deps, opened, regionOf);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.passage.text, 'Defenders who spoke at the Council were followed home');
    assert.equal(quotes[0]!.markedBy, f.staffId);
    return { opened, quote: quotes[0]! };
  }

  it('attributes a quote by name when the input may be published with its name', async () => {
    assert.deepEqual((await quoted('public-named')).quote.attribution, { kind: 'named', name: 'Red de Defensoras del Sur' });
  });

  it('attributes a quote to a kind of stakeholder in a UN region, never a name or country, when published anonymously', async () => {
    assert.deepEqual((await quoted('public-anonymous')).quote.attribution, {
      kind: 'anonymous', stakeholderType: 'civil-society', regions: ['latin-america-caribbean'],
    });
  });

  it('makes a quote not quotable when the input is not to be published, and follows consent narrowed later', async () => {
    assert.deepEqual((await quoted('do-not-publish')).quote.attribution, { kind: 'not-quotable' });
    const { opened } = await quoted('public-named');
    const narrowed = { ...opened, input: { ...opened.input, consent: 'do-not-publish' as const } };
    assert.deepEqual((await listQuotes(f.deps, narrowed, regionOf))[0]!.attribution, { kind: 'not-quotable' });
  });

  it('refuses a quote outside the answer and removes one on request', async () => {
    const { opened, quote } = await quoted('public-named');
    assert.deepEqual(await markQuote(f.deps, opened, f.staffId, { partRef: f.textRef, field: 'text', start: 0, end: text.length + 5 }), { kind: 'refused', reason: 'outside-text' });
    assert.equal(await removeQuote(f.deps, opened.cipher, quote.id), 'removed');
    assert.deepEqual(await listQuotes(f.deps, opened, regionOf), []);
    assert.equal(await removeQuote(f.deps, opened.cipher, quote.id), 'not-found');
  });
});
