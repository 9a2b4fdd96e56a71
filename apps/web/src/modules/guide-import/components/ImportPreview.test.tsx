import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { ImportReport } from '@web/modules/guide-import/hooks/useImportGuides';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { ImportPreview } from './ImportPreview';

const change = (
  number: number,
  prompt: string,
  kind = 'Technical Questions',
) => ({
  kind,
  kindName: kind.replace(/ Questions$/, ''),
  number,
  prompt,
});

const REPORT: ImportReport = {
  dryRun: true,
  guides: [
    {
      fileName: 'deep-learning-engineer.md',
      status: 'CREATED',
      guideId: '00000000-0000-4000-8000-000000000001',
      slug: 'deep-learning-engineer',
      title: 'Deep Learning Engineer Interview Questions and Answers',
      unchanged: 0,
      created: [
        change(
          1,
          'Explain the difference between batch normalization and layer normalization.',
        ),
        change(2, 'Describe the backpropagation algorithm.'),
      ],
      revised: [],
      retired: [],
      warnings: [],
      error: null,
    },
    {
      fileName: 'backend-engineer.md',
      status: 'UPDATED',
      guideId: '00000000-0000-4000-8000-000000000002',
      slug: 'backend-engineer',
      title: 'Backend Engineer Interview Questions and Answers',
      unchanged: 6,
      created: [],
      revised: [change(2, 'Compare optimistic and pessimistic locking.')],
      retired: [
        change(
          8,
          'Your nightly job sends duplicates.',
          'Problem-solving Questions',
        ),
      ],
      warnings: [
        { line: 15, message: 'Follow-up label without any follow-up points' },
      ],
      error: null,
    },
    {
      fileName: 'ux-designer.md',
      status: 'UNCHANGED',
      guideId: '00000000-0000-4000-8000-000000000003',
      slug: 'ux-designer',
      title: 'UX Designer Interview Questions and Answers',
      unchanged: 8,
      created: [],
      revised: [],
      retired: [],
      warnings: [],
      error: null,
    },
    {
      fileName: 'notes.md',
      status: 'FAILED',
      guideId: null,
      slug: null,
      title: null,
      unchanged: 0,
      created: [],
      revised: [],
      retired: [],
      warnings: [],
      error: {
        code: 'NO_QUESTIONS',
        line: 1,
        message: 'Line 1: no questions found',
      },
    },
  ],
};

function resultCard(name: string): HTMLElement {
  return screen.getByRole('listitem', { name });
}

describe(ImportPreview.name, () => {
  it('should show each guide with its status and question counts when given a dry-run report', () => {
    // Act
    renderWithProviders(<ImportPreview report={REPORT} />);

    // Assert
    expect(screen.getByTestId('import-summary').textContent).toBe(
      '4 files: 1 new guide, 1 updated guide, 1 unchanged guide, 1 file that cannot be imported.',
    );
    const created = resultCard(
      'Deep Learning Engineer Interview Questions and Answers',
    );
    expect(created.dataset['status']).toBe('CREATED');
    expect(within(created).getByText('Will be created')).toBeTruthy();
    expect(within(created).getByTestId('question-counts').textContent).toBe(
      '2 new questions · 0 revised · 0 retired · 0 unchanged',
    );
    expect(within(created).getByText('Questions to add (2)')).toBeTruthy();
    expect(created.textContent).toContain(
      'Q1 · Technical: Explain the difference between batch normalization and layer normalization.',
    );
    // Nothing exists yet: no link to a guide that a dry run only imagined.
    expect(within(created).queryByRole('link')).toBeNull();
  });

  it('should list revised and retired questions and warnings with their line numbers', () => {
    renderWithProviders(<ImportPreview report={REPORT} />);

    const updated = resultCard(
      'Backend Engineer Interview Questions and Answers',
    );
    expect(within(updated).getByText('Will be updated')).toBeTruthy();
    expect(within(updated).getByText('Questions to revise (1)')).toBeTruthy();
    expect(within(updated).getByText('Questions to retire (1)')).toBeTruthy();
    expect(updated.textContent).toContain('1 warning');
    expect(updated.textContent).toContain(
      'Line 15: Follow-up label without any follow-up points',
    );
    expect(
      within(updated).getByRole('link', { name: /Open the current guide/ }),
    ).toBeTruthy();
    expect(
      within(
        resultCard('UX Designer Interview Questions and Answers'),
      ).getByText('Unchanged'),
    ).toBeTruthy();
  });

  it('should show the error code, line and message of a file that cannot be imported', () => {
    renderWithProviders(<ImportPreview report={REPORT} />);

    const failed = resultCard('notes.md');
    expect(failed.dataset['status']).toBe('FAILED');
    expect(within(failed).getByText('Cannot be imported')).toBeTruthy();
    expect(within(failed).getByText('NO_QUESTIONS at line 1')).toBeTruthy();
    expect(within(failed).getByText('no questions found')).toBeTruthy();
    expect(within(failed).queryByTestId('question-counts')).toBeNull();
  });

  it('should link each stored guide when the report is the final one', () => {
    renderWithProviders(
      <ImportPreview report={{ ...REPORT, dryRun: false }} />,
    );

    const created = resultCard(
      'Deep Learning Engineer Interview Questions and Answers',
    );
    expect(within(created).getByText('Created')).toBeTruthy();
    expect(
      within(created)
        .getByRole('link', { name: /Open the guide/ })
        .getAttribute('href'),
    ).toBe('/guides/00000000-0000-4000-8000-000000000001');
    expect(within(created).getByText('Questions added (2)')).toBeTruthy();
    expect(within(resultCard('notes.md')).getByText('Failed')).toBeTruthy();
    expect(within(resultCard('notes.md')).queryByRole('link')).toBeNull();
  });
});
