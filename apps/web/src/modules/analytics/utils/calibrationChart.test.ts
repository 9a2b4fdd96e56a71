import { describe, expect, it } from 'vitest';

import {
  chartableEntries,
  formatLeniency,
  formatLeniencyInterval,
  formatMean,
  formatShare,
  type InterviewerCalibration,
  leniencyChartData,
  leniencyDirection,
  leniencyDomain,
  sortCalibrationRows,
  submissionChartData,
} from './calibrationChart';

function entry(
  interviewer: string,
  competency: string,
  leniency: number,
): InterviewerCalibration {
  return {
    interviewer: { id: `user-${interviewer}`, name: interviewer },
    competencyId: `competency-${competency}`,
    competencyName: competency,
    ratings: 6,
    meanRating: 3 + leniency,
    panelMean: 3,
    leniency,
    leniencyLow: leniency - 0.1,
    leniencyHigh: leniency + 0.1,
    hasEnoughData: true,
  };
}

describe(leniencyChartData.name, () => {
  it('should give one row per interviewer and one series per competency, by name', () => {
    const sut = leniencyChartData([
      entry('Zoe', 'Testing', -0.5),
      entry('Ana', 'Design', 0.333),
      entry('Ana', 'Testing', 0.1),
    ]);

    expect(sut.series).toEqual([
      { name: 'competency0', label: 'Design', color: 'indigo.6' },
      { name: 'competency1', label: 'Testing', color: 'teal.7' },
    ]);
    expect(sut.rows).toEqual([
      {
        interviewerId: 'user-Ana',
        interviewer: 'Ana',
        competency0: 0.33,
        competency1: 0.1,
      },
      { interviewerId: 'user-Zoe', interviewer: 'Zoe', competency1: -0.5 },
    ]);
  });

  it('should give nothing to plot when there are no ratings', () => {
    expect(leniencyChartData([])).toEqual({ rows: [], series: [] });
  });
});

describe(leniencyDomain.name, () => {
  it('should be symmetric around zero and at least half a point wide', () => {
    expect(leniencyDomain([])).toEqual([-0.5, 0.5]);
    expect(leniencyDomain([entry('Ana', 'Design', -1.2)])).toEqual([-1.5, 1.5]);
  });
});

describe(leniencyDirection.name, () => {
  it('should call above zero lenient, below severe and a rounded zero in line', () => {
    expect(leniencyDirection(0.3)).toBe('lenient');
    expect(leniencyDirection(-0.3)).toBe('severe');
    expect(leniencyDirection(0.004)).toBe('in line');
  });

  it('should call it unclear when the 95% interval spans zero', () => {
    expect(
      leniencyDirection({ leniency: 0.4, leniencyLow: -0.2, leniencyHigh: 1 }),
    ).toBe('unclear');
    expect(
      leniencyDirection({ leniency: 0.4, leniencyLow: 0.1, leniencyHigh: 0.7 }),
    ).toBe('lenient');
    expect(
      leniencyDirection({
        leniency: -0.46,
        leniencyLow: -0.92,
        leniencyHigh: -0.002,
      }),
    ).toBe('unclear');
    expect(
      leniencyDirection({
        leniency: -0.4,
        leniencyLow: -0.7,
        leniencyHigh: -0.1,
      }),
    ).toBe('severe');
  });
});

describe(formatLeniencyInterval.name, () => {
  it('should give both ends signed, or a dash without an interval', () => {
    expect(formatLeniencyInterval(-0.1, 0.854)).toBe('−0.10 to +0.85');
    expect(formatLeniencyInterval(null, null)).toBe('—');
  });
});

describe(chartableEntries.name, () => {
  it('should leave out figures without enough ratings', () => {
    const thin = { ...entry('Ben', 'Design', 1.5), hasEnoughData: false };

    expect(chartableEntries([entry('Ana', 'Design', 0.2), thin])).toEqual([
      entry('Ana', 'Design', 0.2),
    ]);
  });
});

describe(formatLeniency.name, () => {
  it('should sign the value', () => {
    expect(formatLeniency(0.4)).toBe('+0.40');
    expect(formatLeniency(-0.25)).toBe('−0.25');
    expect(formatLeniency(-0.001)).toBe('0.00');
  });
});

describe(sortCalibrationRows.name, () => {
  it('should order by interviewer then competency', () => {
    const rows = sortCalibrationRows([
      entry('Zoe', 'Design', 0),
      entry('Ana', 'Testing', 0),
      entry('Ana', 'Design', 0),
    ]);

    expect(
      rows.map((row) => `${row.interviewer.name}/${row.competencyName}`),
    ).toEqual(['Ana/Design', 'Ana/Testing', 'Zoe/Design']);
  });
});

describe(submissionChartData.name, () => {
  it('should put the slowest interviewer first with rounded hours', () => {
    expect(
      submissionChartData([
        {
          interviewer: { id: 'u1', name: 'Ana' },
          submitted: 4,
          medianHours: 3.04,
        },
        {
          interviewer: { id: 'u2', name: 'Ben' },
          submitted: 2,
          medianHours: 30.6,
        },
      ]),
    ).toEqual([
      {
        interviewerId: 'u2',
        interviewer: 'Ben',
        medianHours: 31,
        submitted: 2,
      },
      { interviewerId: 'u1', interviewer: 'Ana', medianHours: 3, submitted: 4 },
    ]);
  });
});

describe(formatShare.name, () => {
  it('should show a share as a whole percentage', () => {
    expect(formatShare(0.756)).toBe('76%');
    expect(formatShare(null)).toBe('—');
    expect(formatMean(2.4)).toBe('2.40');
    expect(formatMean(null)).toBe('—');
  });
});
