import { describe, expect, it } from 'vitest';
import { readDistrictShapes } from '../io/read-district-shapes.ts';
import { insetFor, MAP_HEIGHT, MAP_WIDTH, projectDistricts, shadeOf, SHADES } from './district-map.ts';

const DISTRICTS = ['和平区', '河东区', '河西区', '南开区', '河北区', '红桥区', '东丽区', '西青区', '津南区', '北辰区', '武清区', '宝坻区', '滨海新区', '宁河区', '静海区', '蓟州区'];

describe('district map', () => {
  const outlines = projectDistricts(readDistrictShapes());

  it('draws all 16 districts of Tianjin, 蓟州区 included, inside the view box', () => {
    expect(outlines.map((o) => o.name).sort()).toEqual([...DISTRICTS].sort());
    for (const o of outlines) {
      expect(o.d, o.name).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(o.box[0]).toBeGreaterThanOrEqual(0);
      expect(o.box[1]).toBeGreaterThanOrEqual(0);
      expect(o.box[2]).toBeLessThanOrEqual(MAP_WIDTH);
      expect(o.box[3]).toBeLessThanOrEqual(MAP_HEIGHT);
      // The label point lies within the district's box.
      expect(o.label[0]).toBeGreaterThan(o.box[0]);
      expect(o.label[0]).toBeLessThan(o.box[2]);
    }
  });

  it('keeps geography: 蓟州区 is the north, 滨海新区 the east and the largest, 和平区 the smallest', () => {
    const at = (name: string) => outlines.find((o) => o.name === name)!;
    expect(Math.min(...outlines.map((o) => o.label[1]))).toBe(at('蓟州区').label[1]);
    expect(Math.max(...outlines.map((o) => o.box[2]))).toBe(at('滨海新区').box[2]);
    expect(Math.max(...outlines.map((o) => o.area))).toBe(at('滨海新区').area);
    expect(Math.min(...outlines.map((o) => o.area))).toBe(at('和平区').area);
  });

  it('is the same drawing every time (byte-identical pages)', () => {
    expect(JSON.stringify(projectDistricts(readDistrictShapes()))).toBe(JSON.stringify(outlines));
  });

  it('magnifies the small central districts in a corner that stays inside the map', () => {
    const small = outlines.filter((o) => o.area < 400);
    const inset = insetFor(small)!;
    expect(inset.scale).toBeGreaterThan(2);
    expect(inset.frame.x + inset.frame.width).toBeLessThan(MAP_WIDTH / 2);
    const [x, y] = inset.place(small[0]!.label);
    expect(x).toBeGreaterThan(inset.frame.x);
    expect(x).toBeLessThan(inset.frame.x + inset.frame.width);
    expect(y).toBeLessThan(inset.frame.y + inset.frame.height);
  });
});

describe('shadeOf', () => {
  it('leaves districts without articles unshaded and shades the busiest darkest, never decreasing', () => {
    expect(shadeOf(0, 40)).toBe(0);
    expect(shadeOf(1, 40)).toBe(1);
    expect(shadeOf(40, 40)).toBe(SHADES);
    const shades = Array.from({ length: 41 }, (_, i) => shadeOf(i, 40));
    expect(shades).toEqual([...shades].sort((a, b) => a - b));
  });
});
