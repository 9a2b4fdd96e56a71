import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { DEFAULT_SCALE } from '@web/modules/candidate-review/utils/ratingScale';
import { buildReviewMatrix } from '@web/modules/candidate-review/utils/reviewMatrix';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { ReviewMatrix } from './ReviewMatrix';

const ana = { id: 'user-ana', name: 'Ana Interviewer' };
const ben = { id: 'user-ben', name: 'Ben Interviewer' };

const matrix = buildReviewMatrix({
  sessions: [
    {
      id: 'session-1',
      startsAt: '2026-03-01T09:00:00.000Z',
      kitName: 'Technical loop',
    },
  ],
  competencies: [
    { id: 'depth', name: 'Technical depth' },
    { id: 'comms', name: 'Communication' },
  ],
  ratings: [
    {
      scorecardId: 'sc-ana',
      sessionId: 'session-1',
      interviewer: ana,
      competencyId: 'depth',
      level: 4,
      notAssessed: false,
      evidence: 'Explained <b>MVCC</b> unprompted.',
    },
    {
      scorecardId: 'sc-ana',
      sessionId: 'session-1',
      interviewer: ana,
      competencyId: 'comms',
      level: null,
      notAssessed: true,
      evidence: '',
    },
    {
      scorecardId: 'sc-ben',
      sessionId: 'session-1',
      interviewer: ben,
      competencyId: 'depth',
      level: 1,
      notAssessed: false,
      evidence: 'Could not explain indexes.',
    },
    {
      scorecardId: 'sc-ben',
      sessionId: 'session-1',
      interviewer: ben,
      competencyId: 'comms',
      level: 3,
      notAssessed: false,
      evidence: '',
    },
  ],
  recommendations: [
    {
      scorecardId: 'sc-ana',
      sessionId: 'session-1',
      interviewer: ana,
      recommendation: 'STRONG_YES',
      summary: 'Hire.',
    },
    {
      scorecardId: 'sc-ben',
      sessionId: 'session-1',
      interviewer: ben,
      recommendation: 'NO',
      summary: 'Not yet.',
    },
  ],
  disagreements: [{ competencyId: 'depth', lowest: 1, highest: 4 }],
});

function renderMatrix() {
  return renderWithProviders(
    <ReviewMatrix matrix={matrix} scale={DEFAULT_SCALE} timeZone="UTC" />,
  );
}

describe(ReviewMatrix.name, () => {
  it('should highlight the column of a disagreement with its range', () => {
    renderMatrix();
    const table = screen.getByRole('table', {
      name: 'Ratings by interviewer and competency',
    });

    const depthHeader = within(table).getByRole('columnheader', {
      name: /Technical depth/,
    });
    const commsHeader = within(table).getByRole('columnheader', {
      name: 'Communication',
    });

    expect(depthHeader.getAttribute('data-disagreement')).toBe('true');
    expect(depthHeader.textContent).toContain('Disagreement: 1–4');
    expect(commsHeader.hasAttribute('data-disagreement')).toBe(false);
    // Every cell of the column carries the highlight, none of the other.
    const rows = within(table).getAllByTestId('matrix-row');
    for (const row of rows) {
      const cells = within(row).getAllByRole('cell');
      expect(cells[0]?.getAttribute('data-disagreement')).toBe('true');
      expect(cells[1]?.hasAttribute('data-disagreement')).toBe(false);
    }
  });

  it('should colour each level on the scale and show not assessed as grey n/a', () => {
    renderMatrix();
    const [anaRow, benRow] = screen.getAllByTestId('matrix-row');
    if (!anaRow || !benRow) {
      throw new Error('Expected two rows');
    }

    const anaCells = within(anaRow).getAllByTestId('rating-cell');
    const benCells = within(benRow).getAllByTestId('rating-cell');

    expect(within(anaRow).getByRole('rowheader').textContent).toContain(
      'Ana Interviewer',
    );
    expect(anaCells[0]?.textContent).toContain('4Strong yes');
    expect(anaCells[0]?.getAttribute('data-tone')).toBe('green');
    expect(anaCells[1]?.textContent).toContain('n/a');
    expect(anaCells[1]?.getAttribute('data-tone')).toBe('gray');
    expect(benCells[0]?.getAttribute('data-tone')).toBe('red');
    expect(benCells[1]?.getAttribute('data-tone')).toBe('lime');
    expect(anaRow.textContent).toContain('Strong yes');
    expect(benRow.textContent).toContain('No');
  });

  it('should expand a row to show its evidence and summary as plain text', async () => {
    const user = userEvent.setup();
    renderMatrix();

    const toggle = screen.getByRole('button', {
      name: 'Show evidence from Ana Interviewer',
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);

    const hide = screen.getByRole('button', {
      name: 'Hide evidence from Ana Interviewer',
    });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(
      hide.getAttribute('aria-controls') ?? '',
    );
    expect(details?.textContent).toContain('Explained <b>MVCC</b> unprompted.');
    expect(details?.textContent).toContain('Communication: not assessed');
    expect(details?.textContent).toContain('Summary: Hire.');
    expect(details?.querySelector('b')).toBeNull();
  });

  it('should show the evidence in a tooltip on focus', async () => {
    const user = userEvent.setup();
    renderMatrix();

    await user.tab();

    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toContain('Explained <b>MVCC</b> unprompted.');
  });
});
