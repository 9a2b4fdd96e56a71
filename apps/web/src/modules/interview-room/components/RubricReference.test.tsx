import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@web/testing/renderWithProviders';

import { RubricReference } from './RubricReference';

const rubric = {
  competencies: [
    {
      id: 'depth',
      name: 'Technical depth',
      description: 'Reasons from first principles',
      anchors: [
        { level: 1, text: 'Recites buzzwords' },
        { level: 4, text: 'Derives the trade-offs unprompted' },
      ],
    },
  ],
  scale: [
    { level: 1, label: 'Strong no' },
    { level: 2, label: 'No' },
    { level: 3, label: 'Yes' },
    { level: 4, label: 'Strong yes' },
  ],
};

describe(RubricReference.name, () => {
  it('should show a competency\u2019s anchor for each level of the scale', async () => {
    renderWithProviders(<RubricReference rubric={rubric} />);

    await userEvent.click(
      screen.getByRole('button', { name: 'Technical depth' }),
    );

    expect(await screen.findByText('Recites buzzwords')).toBeTruthy();
    expect(screen.getByText('4 · Strong yes:')).toBeTruthy();
    expect(screen.getByText('Derives the trade-offs unprompted')).toBeTruthy();
    expect(screen.getAllByText('No anchor for this level.')).toHaveLength(2);
    expect(screen.getByText('Reasons from first principles')).toBeTruthy();
  });

  it('should say when the kit has no rubric', () => {
    renderWithProviders(<RubricReference rubric={null} />);

    expect(
      screen.getByText('The kit of this session has no rubric.'),
    ).toBeTruthy();
  });
});
