/**
 * Geometry for the small charts drawn as inline SVG at build time. Coordinates are
 * rounded to one decimal so the markup is short and byte-stable.
 */
import { monthRange } from './dates.ts';

const r = (n: number): number => Math.round(n * 10) / 10;

export interface MonthCount {
  month: string;
  count: number;
}

/** Counts for every month in [first, last], zero where nothing was published. */
export function monthSeries(counts: ReadonlyMap<string, number>, first: string, last: string): MonthCount[] {
  return monthRange(first, last).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

/** The first and last month of a set of counts, or null when empty. */
export function monthBounds(counts: ReadonlyMap<string, number>): { first: string; last: string } | null {
  const months = [...counts.keys()].sort();
  return months.length ? { first: months[0]!, last: months.at(-1)! } : null;
}

/**
 * A polyline path through the values, scaled to the box with `pad` kept free so the
 * stroke is not clipped. One value draws a flat tick; all zeros lie on the baseline.
 */
export function sparklinePath(values: readonly number[], width: number, height: number, pad = 1.5): string {
  if (values.length === 0) return '';
  const max = Math.max(...values, 0);
  const innerH = height - 2 * pad;
  const y = (v: number): number => r(height - pad - (max > 0 ? (v / max) * innerH : 0));
  if (values.length === 1) return `M${r(pad)} ${y(values[0]!)}H${r(width - pad)}`;
  const step = (width - 2 * pad) / (values.length - 1);
  return values.map((v, i) => `${i === 0 ? 'M' : 'L'}${r(pad + i * step)} ${y(v)}`).join('');
}

export interface Bar {
  month: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** Height of the plotting area; labels go below it. */
  plotHeight: number;
  max: number;
  bars: Bar[];
  /** Month labels to print: the first month, each January, and the last month, where there is room. */
  labels: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
}

export function barChart(series: readonly MonthCount[], options: { barWidth?: number; gap?: number; plotHeight?: number; labelHeight?: number } = {}): BarChart {
  const barWidth = options.barWidth ?? 18;
  const gap = options.gap ?? 4;
  const plotHeight = options.plotHeight ?? 60;
  const labelHeight = options.labelHeight ?? 16;
  const max = Math.max(1, ...series.map((s) => s.count));
  const bars = series.map((s, i) => {
    const h = s.count === 0 ? 0 : Math.max(2, (s.count / max) * (plotHeight - 12));
    return { month: s.month, count: s.count, x: r(i * (barWidth + gap)), y: r(plotHeight - h), width: barWidth, height: r(h) };
  });
  // Labels need about three bars of room; a candidate too close to the previous one is dropped.
  const labels: BarChart['labels'] = [];
  let lastLabel = -Infinity;
  series.forEach((s, i) => {
    const [y, m] = s.month.split('-');
    const wanted = i === 0 || m === '01' || i === series.length - 1;
    if (!wanted || i - lastLabel < 3) return;
    // The first label starts at the left edge and the last ends at the right, so neither is clipped.
    const first = i === 0;
    const last = i === series.length - 1 && !first;
    labels.push({
      x: first ? 0 : last ? r(i * (barWidth + gap) + barWidth) : r(i * (barWidth + gap) + barWidth / 2),
      text: first || m === '01' ? `${y}.${Number(m)}` : `${Number(m)}月`,
      anchor: first ? 'start' : last ? 'end' : 'middle',
    });
    lastLabel = i;
  });
  // Wide enough for the first label even when there is a single bar.
  const width = Math.max(48, series.length * (barWidth + gap) - gap);
  return { width, height: plotHeight + labelHeight, plotHeight, max, bars, labels };
}
