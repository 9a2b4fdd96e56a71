import type { CalibrationQuery } from '@web/generated/graphql';
import { roundHours } from '@web/modules/shared/utils/formatHours';

export type Calibration = CalibrationQuery['calibration'];
export type InterviewerCalibration = Calibration['interviewers'][number];
export type SubmissionTime = Calibration['submissionTimes'][number];

export type ChartSeries = { name: string; label: string; color: string };

/** One row per interviewer; a key per competency holds the leniency. */
export type LeniencyChartRow = {
  interviewerId: string;
  interviewer: string;
} & Record<string, string | number>;

export type LeniencyChartData = {
  rows: LeniencyChartRow[];
  series: ChartSeries[];
};

// Distinct hues that stay readable on white; they repeat after ten competencies.
const SERIES_COLORS = [
  'indigo.6',
  'teal.7',
  'orange.7',
  'grape.6',
  'cyan.8',
  'pink.7',
  'lime.8',
  'blue.7',
  'yellow.8',
  'gray.7',
];

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name);

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Leniency per interviewer, one bar series per competency. Series keys are
 * synthetic ("competency0") because chart keys are read as property paths.
 */
export function leniencyChartData(
  entries: readonly InterviewerCalibration[],
): LeniencyChartData {
  const competencies = new Map<string, string>();
  const interviewers = new Map<string, string>();
  for (const entry of entries) {
    competencies.set(entry.competencyId, entry.competencyName);
    interviewers.set(entry.interviewer.id, entry.interviewer.name);
  }
  const series = [...competencies]
    .map(([id, name]) => ({ id, name }))
    .sort(byName)
    .map((competency, index) => ({
      id: competency.id,
      name: `competency${index}`,
      label: competency.name,
      color: SERIES_COLORS[index % SERIES_COLORS.length] ?? 'indigo.6',
    }));
  const keyOf = new Map(series.map((item) => [item.id, item.name]));
  const rows = [...interviewers]
    .map(([id, name]) => ({ id, name }))
    .sort(byName)
    .map((interviewer) => {
      const row: LeniencyChartRow = {
        interviewerId: interviewer.id,
        interviewer: interviewer.name,
      };
      for (const entry of entries) {
        const key = keyOf.get(entry.competencyId);
        if (entry.interviewer.id === interviewer.id && key) {
          row[key] = round2(entry.leniency);
        }
      }

      return row;
    });

  return {
    rows,
    series: series.map(({ name, label, color }) => ({ name, label, color })),
  };
}

/** The table under the chart: by interviewer, then competency. */
export function sortCalibrationRows(
  entries: readonly InterviewerCalibration[],
): InterviewerCalibration[] {
  return [...entries].sort(
    (a, b) =>
      a.interviewer.name.localeCompare(b.interviewer.name) ||
      a.interviewer.id.localeCompare(b.interviewer.id) ||
      a.competencyName.localeCompare(b.competencyName),
  );
}

export type LeniencyDirection = 'lenient' | 'severe' | 'in line' | 'unclear';

export type LeniencyEstimate = {
  leniency: number;
  leniencyLow?: number | null;
  leniencyHigh?: number | null;
};

/**
 * Above 0 the interviewer rates higher than the rest of the panel. When the
 * 95% interval spans 0, the data do not tell lenient from in line: unclear.
 */
export function leniencyDirection(
  estimate: LeniencyEstimate | number,
): LeniencyDirection {
  const {
    leniency,
    leniencyLow = null,
    leniencyHigh = null,
  } = typeof estimate === 'number' ? { leniency: estimate } : estimate;
  const rounded = round2(leniency);
  if (rounded === 0) {
    return 'in line';
  }
  // On the shown (rounded) bounds, so "−0.92 to 0.00" never reads as severe.
  if (
    leniencyLow !== null &&
    leniencyHigh !== null &&
    round2(leniencyLow) <= 0 &&
    round2(leniencyHigh) >= 0
  ) {
    return 'unclear';
  }

  return rounded > 0 ? 'lenient' : 'severe';
}

/** "+0.40", "−0.25", "0.00". */
export function formatLeniency(leniency: number): string {
  const rounded = round2(leniency);
  if (rounded > 0) {
    return `+${rounded.toFixed(2)}`;
  }
  if (rounded < 0) {
    return `−${Math.abs(rounded).toFixed(2)}`;
  }

  return '0.00';
}

/** A symmetric axis around 0, so lenient and severe bars compare at a glance. */
export function leniencyDomain(
  entries: readonly InterviewerCalibration[],
): [number, number] {
  const largest = Math.max(
    0.5,
    ...entries.map((entry) => Math.abs(entry.leniency)),
  );
  const bound = Math.ceil(largest * 2) / 2;

  return [-bound, bound];
}

export type SubmissionChartRow = {
  interviewerId: string;
  interviewer: string;
  medianHours: number;
  submitted: number;
};

/** Slowest first, so the bars that need attention lead. */
export function submissionChartData(
  times: readonly SubmissionTime[],
): SubmissionChartRow[] {
  return [...times]
    .sort(
      (a, b) =>
        b.medianHours - a.medianHours ||
        a.interviewer.name.localeCompare(b.interviewer.name),
    )
    .map((time) => ({
      interviewerId: time.interviewer.id,
      interviewer: time.interviewer.name,
      medianHours: roundHours(time.medianHours),
      submitted: time.submitted,
    }));
}

/** "2.40", or a dash when nothing was rated. */
export function formatMean(mean: number | null): string {
  return mean === null || !Number.isFinite(mean) ? '—' : mean.toFixed(2);
}

/** A share from 0 to 1 as a whole percentage: "75%". */
export function formatShare(share: number | null): string {
  return share === null || !Number.isFinite(share)
    ? '—'
    : `${Math.round(share * 100)}%`;
}

/** "−0.10 to +0.85": the 95% interval of a leniency, or a dash without one. */
export function formatLeniencyInterval(
  low: number | null,
  high: number | null,
): string {
  return low === null || high === null
    ? '—'
    : `${formatLeniency(low)} to ${formatLeniency(high)}`;
}

/** Only figures with enough ratings go into the chart. */
export function chartableEntries(
  entries: readonly InterviewerCalibration[],
): InterviewerCalibration[] {
  return entries.filter((entry) => entry.hasEnoughData);
}
