import { lazy, Suspense } from 'react';
import type { BarChartProps } from '@mantine/charts';
import { Skeleton } from '@mantine/core';

// recharts is large: fetch it with the first chart drawn, not with the app.
const BarChart = lazy(() =>
  import('@mantine/charts').then((module) => ({ default: module.BarChart })),
);

export type LazyBarChartProps = BarChartProps & { h: number };

/** Mantine's BarChart, loaded on first use; a placeholder of its height meanwhile. */
export function LazyBarChart(props: LazyBarChartProps) {
  return (
    <Suspense fallback={<Skeleton h={props.h} aria-hidden="true" />}>
      <BarChart {...props} />
    </Suspense>
  );
}
