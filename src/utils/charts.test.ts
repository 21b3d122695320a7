import { describe, expect, it } from 'vitest';
import { barChart, chartStart, monthBounds, monthSeries, sparklinePath } from './charts.ts';

describe('charts', () => {
  it('fills quiet months with zero', () => {
    const counts = new Map([
      ['2025-03', 2],
      ['2025-01', 1],
    ]);
    expect(monthBounds(counts)).toEqual({ first: '2025-01', last: '2025-03' });
    expect(monthSeries(counts, '2025-01', '2025-03').map((s) => s.count)).toEqual([1, 0, 2]);
  });

  it('draws a sparkline whose highest value touches the top padding and zero the baseline', () => {
    expect(sparklinePath([0, 2, 1], 40, 12, 1)).toBe('M1 11L20 1L39 6');
    expect(sparklinePath([0, 0], 40, 12, 1)).toBe('M1 11L39 11');
    expect(sparklinePath([3], 40, 12, 1)).toBe('M1 1H39');
    expect(sparklinePath([], 40, 12)).toBe('');
  });

  it('scales bars to the busiest month and labels the ends and Januaries with room, all in one style', () => {
    const chart = barChart(
      [
        { month: '2024-11', count: 4 },
        { month: '2024-12', count: 0 },
        { month: '2025-01', count: 2 },
        { month: '2025-02', count: 1 },
        { month: '2025-03', count: 1 },
        { month: '2025-04', count: 1 },
      ],
      { barWidth: 10, gap: 2, plotHeight: 52, labelRoom: 30 },
    );
    expect(chart.max).toBe(4);
    expect(chart.bars[0]).toMatchObject({ x: 0, y: 12, height: 40 });
    expect(chart.bars[1]!.height).toBe(0);
    expect(chart.bars[2]).toMatchObject({ x: 24, height: 20 });
    // 2025.1 is too close to the first label, so it gives way.
    expect(chart.labels).toEqual([
      { x: 0, text: '2024.11', anchor: 'start' },
      { x: 70, text: '2025.4', anchor: 'end' },
    ]);
    expect(chart.width).toBe(70);
  });

  it('widens bars for few months and keeps a January between distant ends', () => {
    const few = barChart([{ month: '2025-03', count: 1 }, { month: '2025-04', count: 2 }], { minWidth: 240, gap: 4 });
    expect(few.bars[0]!.width).toBe(36);
    const long = barChart(monthSeries(new Map([['2024-06', 1], ['2026-05', 3]]), '2024-06', '2026-05'));
    expect(long.labels.map((l) => l.text)).toEqual(['2024.6', '2025.1', '2026.1', '2026.5']);
    expect(long.width).toBeGreaterThanOrEqual(240);
  });

  it('starts a chart early enough to show at least six months', () => {
    expect(chartStart('2025-03', '2025-04')).toBe('2024-11');
    expect(chartStart('2024-01', '2025-04')).toBe('2024-01');
    expect(chartStart('2025-01', '2025-01', 3)).toBe('2024-11');
  });
});
