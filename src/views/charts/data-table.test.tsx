import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderInPage } from './chart-test-support.tsx';
import { countryRows } from './country-rows.ts';
import { DataTable } from './data-table.tsx';

describe('DataTable', () => {
  it('gives the figures a caption, column headers and row headers, numbers in the reader’s language', () => {
    const html = renderInPage(
      <DataTable caption="Inputs by region" labelHeader="Region" valueHeaders={['Inputs', 'Share']}
        rows={[{ label: 'African States', values: [1234, '12 %'] }, { label: 'GRULAC', values: [3, '1 %'], lang: 'es' }]} />,
      'fr',
    );
    assert.match(html, /^<table class="data-table"><caption>Inputs by region<\/caption>/);
    assert.match(html, /<thead><tr><th scope="col">Region<\/th><th scope="col" class="numeric">Inputs<\/th><th scope="col" class="numeric">Share<\/th><\/tr><\/thead>/);
    assert.match(html, /<tr><th scope="row">African States<\/th><td class="numeric">1\s234<\/td><td class="numeric">12 %<\/td><\/tr>/);
    assert.match(html, /<th scope="row" lang="es">GRULAC<\/th><td class="numeric">3<\/td>/);
  });
});

describe('countryRows', () => {
  it('lists countries by name in the reader’s language, largest value first, then as that language sorts', () => {
    assert.deepEqual(countryRows({ FR: 1, PE: 3, EG: 1 }, 'fr'), [
      { label: 'Pérou', values: [3] },
      { label: 'Égypte', values: [1] },
      { label: 'France', values: [1] },
    ]);
  });
});
