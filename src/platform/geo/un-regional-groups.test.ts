import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feature } from 'topojson-client';
import { countryOptions } from '../../i18n/countries.ts';
import { notInAnyRegionalGroup, regionalGroupMembers, regionalGroupOf, regionalGroups } from './un-regional-groups.ts';
import { areaCode, codeOfAreaWithoutId, loadAtlas } from './world-map-shapes.ts';

const members = regionalGroups.flatMap((group) => regionalGroupMembers[group]);
const none = new Set(notInAnyRegionalGroup);

describe('UN regional groups', () => {
  it('has the UN’s group sizes: 54 African, 54 Asia-Pacific (with Kiribati, Türkiye in WEOG), 23, 33, 28 + USA', () => {
    const sizes = Object.fromEntries(regionalGroups.map((group) => [group, regionalGroupMembers[group].length]));
    assert.deepEqual(sizes, {
      african: 54, 'asia-pacific': 54, 'eastern-european': 23, 'latin-american-caribbean': 33, 'western-european-others': 29,
    });
    assert.equal(regionalGroupOf('US'), 'western-european-others');
    assert.equal(regionalGroupOf('TR'), 'western-european-others');
    assert.equal(regionalGroupOf('IL'), 'western-european-others');
    assert.equal(regionalGroupOf('KI'), 'asia-pacific');
  });

  it('puts each of the 193 Member States in exactly one group, and none of them in the list of non-members', () => {
    assert.equal(members.length, 193);
    assert.equal(new Set(members).size, 193, 'no State in two groups');
    assert.deepEqual(members.filter((code) => none.has(code)), []);
  });

  it('maps every area of the 110m world map to exactly one group, or lists it as belonging to none', () => {
    const atlas = loadAtlas();
    const areas = feature(atlas, atlas.objects.countries).features;
    assert.equal(areas.length, 177);
    const unplaced = areas.filter((area) => {
      const code = areaCode(area);
      return code === null || (regionalGroupOf(code) === null) === !none.has(code);
    });
    assert.deepEqual(unplaced.map((area) => area.properties.name), []);
    // The atlas's areas without an ISO id are placed by name, each of them.
    const withoutId = areas.filter((area) => area.id === undefined).map((area) => area.properties.name).sort();
    assert.deepEqual(withoutId, Object.keys(codeOfAreaWithoutId).sort());
    assert.equal(areaCode({ properties: { name: 'N. Cyprus' } }), 'CY');
    assert.equal(areaCode({ properties: { name: 'Somaliland' } }), 'SO');
    assert.equal(areaCode({ properties: { name: 'Kosovo' } }), 'XK');
  });

  it('places every country a submitter can choose, so no input falls outside the counts unnoticed', () => {
    const unplaced = countryOptions('en').filter(({ value }) => (regionalGroupOf(value) === null) === !none.has(value));
    assert.deepEqual(unplaced, []);
  });

  it('reads codes in either case and answers null for territories and unknown codes', () => {
    assert.equal(regionalGroupOf('pe'), 'latin-american-caribbean');
    assert.equal(regionalGroupOf('PS'), null);
    assert.equal(regionalGroupOf('GL'), null);
    assert.equal(regionalGroupOf('ZZ'), null);
  });
});
