import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { CompactPath } from './compact-path.ts';
import { areaCode, loadAtlas, worldMapShapes } from './world-map-shapes.ts';

/** Absolute points of SVG path data made of m/l/z commands, relative or absolute (d3-geo's own output). */
function points(d: string): [number, number][] {
  const result: [number, number][] = [];
  let [x, y] = [0, 0];
  let start: [number, number] = [0, 0];
  let command = '';
  for (const [, letter, pair] of d.matchAll(/([MLZmlz])|(-?[\d.]+(?:,|(?=-))-?[\d.]+)/g)) {
    if (letter) {
      command = letter;
      if (letter.toLowerCase() === 'z') [x, y] = start;
      continue;
    }
    const [a, b] = pair!.split(/,|(?=-)/).map(Number) as [number, number];
    [x, y] = command === command.toLowerCase() ? [x + a, y + b] : [a, b];
    if (command.toLowerCase() === 'm') start = [x, y];
    result.push([x, y]);
  }
  return result;
}

describe('world map shapes', () => {
  it('draws the same outlines as d3-geo, to a tenth of a unit, in relative coordinates', () => {
    const atlas = loadAtlas();
    const areas = feature(atlas, atlas.objects.countries).features;
    const projection = geoEqualEarth().fitSize([960, 440], { type: 'FeatureCollection', features: areas });
    const exact = geoPath(projection).digits(3);
    const context = new CompactPath();
    const compact = geoPath(projection, context);
    for (const area of areas.filter((a) => ['PE', 'ID', 'CA', 'FR'].includes(areaCode(a) ?? ''))) {
      compact(area);
      const ours = points(context.take());
      const theirs = points(exact(area)!).filter((p, i, all) => i === 0 || Math.round(p[0] * 10) !== Math.round(all[i - 1]![0] * 10) || Math.round(p[1] * 10) !== Math.round(all[i - 1]![1] * 10));
      assert.ok(ours.length > 10 && ours.length <= theirs.length, `${area.properties.name}: ${ours.length} points`);
      for (const [x, y] of ours) {
        const nearest = Math.min(...theirs.map(([tx, ty]) => Math.hypot(tx - x, ty - y)));
        assert.ok(nearest < 0.08, `${area.properties.name}: (${x}, ${y}) is ${nearest} from the outline`);
      }
    }
  });

  it('projects once per process, leaves Antarctica off and keeps every other area', () => {
    const shapes = worldMapShapes();
    assert.equal(worldMapShapes(), shapes, 'the same object: computed once');
    assert.equal(shapes.areas.length, 176);
    assert.ok(!shapes.areas.some((area) => area.code === 'AQ'));
    assert.ok(shapes.areas.every((area) => /^m[\d.]/.test(area.d) && !/\d\.\d\d/.test(area.d)), 'one decimal at most');
  });
});
