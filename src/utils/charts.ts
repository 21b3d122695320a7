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
  /** Month labels to print, all as "2024.4": the first month, each January, and the last month, where there is room. */
  labels: { x: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
}

/** A chart shows at least this many months, so two months of news are not a stub. */
const MIN_MONTHS = 6;

/** The first month to draw: `first`, or earlier so that at least MIN_MONTHS end at `last`. */
export function chartStart(first: string, last: string, minMonths = MIN_MONTHS): string {
  const [y, m] = last.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - (minMonths - 1);
  const padded = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return padded < first ? padded : first;
}

/**
 * Bars fill at least `minWidth` (wider bars for few months, within limits) and
 * labels stay `labelRoom` pixels apart, the width of a "2024.11" label at the
 * chart's 12 px type with a margin.
 */
export function barChart(
  series: readonly MonthCount[],
  options: { barWidth?: number; gap?: number; plotHeight?: number; labelHeight?: number; minWidth?: number; labelRoom?: number } = {},
): BarChart {
  const gap = options.gap ?? 4;
  const minWidth = options.minWidth ?? 240;
  const barWidth = options.barWidth ?? Math.min(36, Math.max(18, Math.floor((minWidth + gap) / Math.max(1, series.length)) - gap));
  const plotHeight = options.plotHeight ?? 60;
  const labelHeight = options.labelHeight ?? 18;
  const labelRoom = options.labelRoom ?? 60;
  const max = Math.max(1, ...series.map((s) => s.count));
  const bars = series.map((s, i) => {
    const h = s.count === 0 ? 0 : Math.max(2, (s.count / max) * (plotHeight - 12));
    return { month: s.month, count: s.count, x: r(i * (barWidth + gap)), y: r(plotHeight - h), width: barWidth, height: r(h) };
  });
  const width = Math.max(barWidth, series.length * (barWidth + gap) - gap);
  // The first label starts at the left edge and the last ends at the right, so neither
  // is clipped; a candidate too close to the one before gives way (the last one wins over a January).
  const candidates = series
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) => i === 0 || s.month.endsWith('-01') || i === series.length - 1)
    .map(({ s, i }) => {
      const [y, m] = s.month.split('-');
      const first = i === 0;
      const last = i === series.length - 1 && !first;
      const centre = i * (barWidth + gap) + barWidth / 2;
      return {
        x: first ? 0 : last ? r(width) : r(centre),
        text: `${y}.${Number(m)}`,
        anchor: (first ? 'start' : last ? 'end' : 'middle') as 'start' | 'middle' | 'end',
        // Where the label's middle falls, to keep labels apart.
        mid: first ? labelRoom / 2 : last ? width - labelRoom / 2 : centre,
        last,
      };
    });
  const labels: BarChart['labels'] = [];
  let previous = -Infinity;
  candidates.forEach((c, k) => {
    const next = candidates[k + 1];
    if (c.mid - previous < labelRoom) return;
    if (!c.last && next?.last && next.mid - c.mid < labelRoom) return;
    labels.push({ x: c.x, text: c.text, anchor: c.anchor });
    previous = c.mid;
  });
  return { width, height: plotHeight + labelHeight, plotHeight, max, bars, labels };
}
