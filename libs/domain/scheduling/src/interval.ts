import type { Interval } from './types';

// Internal interval in epoch milliseconds, half-open like Interval.
export type Span = { start: number; end: number };

/**
 * True when two half-open intervals share at least one instant. Touching
 * intervals (`a.end === b.start`) and empty intervals never overlap.
 */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  const [aStart, aEnd, bStart, bEnd] = [
    a.start.getTime(),
    a.end.getTime(),
    b.start.getTime(),
    b.end.getTime(),
  ];

  return aStart < aEnd && bStart < bEnd && aStart < bEnd && bStart < aEnd;
}

// Sorted, disjoint spans; overlapping or touching spans are joined, empty ones dropped.
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans
    .filter((span) => span.start < span.end)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ start: span.start, end: span.end });
    }
  }

  return merged;
}

// `base` minus `cuts`; both must be sorted and disjoint (see mergeSpans).
export function subtractSpans(
  base: readonly Span[],
  cuts: readonly Span[],
): Span[] {
  const result: Span[] = [];
  let cutIndex = 0;
  for (const span of base) {
    let start = span.start;
    while (cutIndex < cuts.length && cuts[cutIndex].end <= start) {
      cutIndex++;
    }
    let index = cutIndex;
    while (index < cuts.length && cuts[index].start < span.end) {
      if (cuts[index].start > start) {
        result.push({ start, end: cuts[index].start });
      }
      start = Math.max(start, cuts[index].end);
      index++;
    }
    if (start < span.end) {
      result.push({ start, end: span.end });
    }
  }

  return result;
}

// Spans cut to `[from, to)`; empty pieces are dropped.
export function clipSpans(
  spans: readonly Span[],
  from: number,
  to: number,
): Span[] {
  return spans
    .map((span) => ({
      start: Math.max(span.start, from),
      end: Math.min(span.end, to),
    }))
    .filter((span) => span.start < span.end);
}

export function toSpan(interval: Interval): Span {
  return { start: interval.start.getTime(), end: interval.end.getTime() };
}

export function toInterval(span: Span): Interval {
  return { start: new Date(span.start), end: new Date(span.end) };
}
