import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BarChart } from './bar-chart.tsx';
import { assertWellFormedXml, renderInPage } from './chart-test-support.tsx';

describe('BarChart', () => {
  const bars = [
    { label: 'Surveillance', value: 12 },
    { label: 'Defunding & asset freezing', value: 6 },
    { label: 'Physical attack', value: 0 },
  ];
  const svg = renderInPage(<BarChart title="Restrictive measures reported" bars={bars} />);

  it('draws one bar per value, as long as its share of the largest, with its label, value and title', () => {
    const drawn = [...svg.matchAll(/<g transform="translate\(0,[\d.]+\)"><title>([^<]*)<\/title><text[^>]*>([^<]*)<\/text><rect x="([\d.]+)" width="([\d.]+)"[^>]*><\/rect><text[^>]*>([^<]*)<\/text><\/g>/g)]
      .map(([, title, label, , width, value]) => ({ title, label, width: Number(width), value }));
    assert.deepEqual(drawn.map((bar) => [bar.title, bar.label, bar.value]), [
      ['Surveillance: 12', 'Surveillance', '12'],
      ['Defunding &amp; asset freezing: 6', 'Defunding &amp; asset freezing', '6'],
      ['Physical attack: 0', 'Physical attack', '0'],
    ]);
    assert.equal(drawn[1]!.width, drawn[0]!.width / 2);
    assert.equal(drawn[2]!.width, 0);
  });

  it('is a named image, with no inline style, and well-formed XML', () => {
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="([^"]+)"[^>]*><title id="\1">Restrictive measures reported<\/title>/);
    assert.doesNotMatch(svg, /style=/);
    assertWellFormedXml(svg);
  });

  it('cuts a label too long for its column and keeps it whole in the title', () => {
    const label = 'Restrictive registration and reporting requirements for organisations';
    const long = renderInPage(<BarChart title="t" bars={[{ label, value: 1 }]} width={400} />);
    assert.match(long, new RegExp(`<title>${label}: 1</title>`));
    assert.match(long, /text-anchor="end" fill="#1a1a1a">Restrictive registra…<\/text>/);
  });

  it('writes values in the reader’s language', () => {
    const french = renderInPage(<BarChart title="t" bars={[{ label: 'Surveillance', value: 1500 }]} />, 'fr');
    assert.match(french, /<title>Surveillance: 1\s500<\/title>/);
  });
});
