import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertWellFormedXml, renderInPage } from './chart-test-support.tsx';
import { colourClasses, emptyFill, fillFor, sequentialPalette } from './colour-classes.ts';
import { WorldMap } from './world-map.tsx';

function pathOf(svg: string, code: string): { fill: string; title: string } {
  const match = new RegExp(`<path d="[^"]+" fill="(#[0-9a-f]{6})" data-country="${code}"><title>([^<]*)</title></path>`).exec(svg);
  assert.ok(match, `a path for ${code}`);
  return { fill: match[1]!, title: match[2]! };
}

describe('WorldMap', () => {
  const svg = renderInPage(<WorldMap values={{ PE: 3, FR: 1 }} title="Inputs by country" legendLabel="Inputs" />);

  it('colours the coded countries, the larger value darker, and names each in its title', () => {
    const peru = pathOf(svg, 'PE');
    const france = pathOf(svg, 'FR');
    assert.equal(peru.title, 'Peru: 3');
    assert.equal(france.title, 'France: 1');
    assert.equal(peru.fill, sequentialPalette[4]);
    assert.equal(france.fill, sequentialPalette[0]);
    assert.equal(pathOf(svg, 'CL').fill, emptyFill, 'a country without inputs is grey');
    assert.equal(pathOf(svg, 'CL').title, 'Chile: 0');
  });

  it('is a named image, with no inline style anywhere, and well-formed XML', () => {
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-labelledby="([^"]+)"[^>]*><title id="\1">Inputs by country<\/title>/);
    assert.doesNotMatch(svg, /style=/);
    assertWellFormedXml(svg);
    assert.ok(svg.length < 100_000, `${svg.length} bytes`);
  });

  it('shows a legend from zero to the largest class', () => {
    assert.match(svg, /<text[^>]*>Inputs<\/text>/);
    for (const text of ['0', '1', '2', '3']) assert.match(svg, new RegExp(`<text x="24" y="14" fill="#1a1a1a">${text}</text>`));
  });

  it('names countries and writes numbers in the reader’s language', () => {
    const french = renderInPage(<WorldMap values={{ DE: 1234.5 }} title="Contributions" legendLabel="Contributions" />, 'fr');
    assert.match(pathOf(french, 'DE').title, /^Allemagne: 1\s234,5$/);
  });

  it('gives two maps on one page distinct title ids', () => {
    const page = renderInPage(<div><WorldMap values={{}} title="A" legendLabel="x" /><WorldMap values={{}} title="B" legendLabel="x" /></div>);
    const ids = [...page.matchAll(/aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, 2);
  });
});

describe('colour classes', () => {
  it('gives counts whole-number classes up to five, spread so the largest value is the darkest', () => {
    const classes = colourClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40]);
    assert.deepEqual(classes.map((c) => [c.from, c.to]), [[1, 8], [9, 16], [17, 24], [25, 32], [33, 40]]);
    assert.equal(fillFor(40, classes), sequentialPalette[4]);
    assert.equal(fillFor(9, classes), sequentialPalette[1]);
    assert.equal(fillFor(0, classes), emptyFill);
    assert.deepEqual(colourClasses([5, 5]).map((c) => c.fill), [sequentialPalette[4]]);
    assert.deepEqual(colourClasses([0]), []);
  });
});
