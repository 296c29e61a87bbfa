// The world's country outlines as SVG path data, projected once per process: the shapes never change between
// renders, only their fills, so a dashboard pays for d3-geo once rather than on every request.
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CompactPath } from './compact-path.ts';

const require = createRequire(import.meta.url);

export interface MapArea {
  /** ISO 3166-1 alpha-2 code whose value colours the area; null for areas no input can name. */
  code: string | null;
  /** The atlas's English name, for tests and for areas without a code. */
  name: string;
  /** SVG path data in viewBox units, rounded to one decimal. */
  d: string;
}

export interface WorldMapShapes {
  width: number;
  height: number;
  areas: readonly MapArea[];
}

export interface AtlasFeature {
  id?: string | number;
  properties: { name: string } | null;
}

/**
 * The 110m atlas leaves a few areas without an ISO numeric id. Kosovo has the user-assigned code XK that the app
 * offers. Northern Cyprus and Somaliland are drawn as the UN draws them: part of Cyprus and of Somalia, so an input
 * from Hargeisa, filed under Somalia, colours the whole of Somalia.
 */
export const codeOfAreaWithoutId: Readonly<Record<string, string>> = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

export function areaCode(area: AtlasFeature): string | null {
  if (area.id === undefined) return codeOfAreaWithoutId[area.properties?.name ?? ''] ?? null;
  return countries.numericToAlpha2(String(area.id)) ?? null;
}

export function loadAtlas(): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  return require('world-atlas/countries-110m.json');
}

/** Antarctica is left off: no input comes from it, and it would take a fifth of the map's height. */
const leftOff = new Set(['AQ']);
const width = 960;
const height = 440;

let cached: WorldMapShapes | undefined;

export function worldMapShapes(): WorldMapShapes {
  if (cached) return cached;
  const atlas = loadAtlas();
  const all = feature(atlas, atlas.objects.countries).features;
  const shown = all.filter((area) => !leftOff.has(areaCode(area) ?? ''));
  const projection = geoEqualEarth().fitSize([width, height], { type: 'FeatureCollection', features: shown });
  const context = new CompactPath();
  const path = geoPath(projection, context);
  const areas = shown.map((area) => {
    path(area);
    return { code: areaCode(area), name: area.properties.name, d: context.take() };
  });
  cached = { width, height, areas: areas.filter((area) => area.d !== '') };
  return cached;
}
