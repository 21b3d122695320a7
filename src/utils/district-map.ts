/**
 * The district map, drawn at build time: boundaries projected with d3-geo into an
 * SVG viewBox, points closer than a pixel dropped, and each district shaded by its
 * article count. Pure; the shapes come from src/io/read-district-shapes.ts.
 */
import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { DistrictShape } from '../io/read-district-shapes.ts';

export const MAP_WIDTH = 360;
export const MAP_HEIGHT = 460;
/** Shading steps beyond "no article". */
export const SHADES = 5;

export interface DistrictOutline {
  name: string;
  /** SVG path data in viewBox units. */
  d: string;
  /** Where its name goes. */
  label: [number, number];
  /** Area in viewBox units², to leave names off districts too small to hold them. */
  area: number;
  /** [minX, minY, maxX, maxY] of the outline. */
  box: [number, number, number, number];
}

type Ring = number[][];

/** GeoJSON rings wound the other way round from what d3's spherical polygons expect cover the whole globe. */
function rewound(shape: DistrictShape): DistrictShape {
  const polygons: Ring[][] = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const fixed = polygons.map((rings) => {
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    return area > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  });
  return { name: shape.name, geometry: { type: 'MultiPolygon', coordinates: fixed } };
}

const round = (n: number): number => Math.round(n * 10) / 10;

export function projectDistricts(shapes: readonly DistrictShape[], width = MAP_WIDTH, height = MAP_HEIGHT): DistrictOutline[] {
  const features = shapes.map(rewound);
  const collection = { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })) } as GeoPermissibleObjects;
  const projection = geoMercator().fitExtent([[4, 4], [width - 4, height - 4]], collection);
  const path = geoPath(projection);
  return features.map((f) => {
    let d = '';
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of f.geometry.coordinates as Ring[][]) {
      for (const ring of polygon) {
        let last: [number, number] | null = null;
        const points: [number, number][] = [];
        for (const coordinate of ring) {
          const p = projection(coordinate as [number, number]);
          if (!p) continue;
          const q: [number, number] = [round(p[0]), round(p[1])];
          if (last && Math.hypot(q[0] - last[0], q[1] - last[1]) < 1) continue;
          points.push(q);
          last = q;
          box[0] = Math.min(box[0], q[0]);
          box[1] = Math.min(box[1], q[1]);
          box[2] = Math.max(box[2], q[0]);
          box[3] = Math.max(box[3], q[1]);
        }
        if (points.length >= 3) d += `M${points.map((p) => `${p[0]},${p[1]}`).join('L')}Z`;
      }
    }
    const [x, y] = path.centroid(f.geometry as GeoPermissibleObjects);
    return { name: f.name, d, label: [round(x), round(y)], area: Math.round(path.area(f.geometry as GeoPermissibleObjects)), box };
  });
}

export interface Inset {
  /** SVG transform that draws the outlines magnified in the corner. */
  transform: string;
  /** A map point's place in the inset (for labels, which are not scaled). */
  place: (point: [number, number]) => [number, number];
  /** The frame of the inset, in viewBox units. */
  frame: { x: number; y: number; width: number; height: number };
  scale: number;
}

/**
 * A magnified inset for districts too small to see at map scale (the six central
 * districts are a few pixels each), placed in the top-left corner.
 */
export function insetFor(outlines: readonly DistrictOutline[], size = 130, margin = 6): Inset | null {
  if (outlines.length === 0) return null;
  const [x0, y0, x1, y1] = outlines.reduce<[number, number, number, number]>(
    (b, o) => [Math.min(b[0], o.box[0]), Math.min(b[1], o.box[1]), Math.max(b[2], o.box[2]), Math.max(b[3], o.box[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  const pad = 6;
  const scale = round((size - 2 * pad) / Math.max(x1 - x0, y1 - y0));
  const width = round((x1 - x0) * scale + 2 * pad);
  const height = round((y1 - y0) * scale + 2 * pad);
  const dx = round(margin + pad - x0 * scale);
  const dy = round(margin + pad - y0 * scale);
  return {
    transform: `translate(${dx} ${dy}) scale(${scale})`,
    place: ([x, y]) => [round(dx + x * scale), round(dy + y * scale)],
    frame: { x: margin, y: margin, width, height },
    scale,
  };
}

/** 0 for no article; otherwise 1..SHADES on a log scale of the largest count, so one busy district does not wash out the rest. */
export function shadeOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((SHADES * Math.log1p(count)) / Math.log1p(max)));
}
