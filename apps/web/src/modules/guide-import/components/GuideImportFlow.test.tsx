import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import {
  type ImportReport,
  useImportGuides,
} from '@web/modules/guide-import/hooks/useImportGuides';
import { MAX_FILE_BYTES } from '@web/modules/guide-import/utils/guideFiles';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { GuideImportFlow } from './GuideImportFlow';

vi.mock('@web/modules/guide-import/hooks/useImportGuides', () => ({
  useImportGuides: vi.fn(),
}));
vi.mock('@mantine/notifications', () => ({
  notifications: { show: vi.fn() },
}));

const previewImport = vi.fn();
const importGuides = vi.fn();

const GUIDE_TEXT = '# Guide\n\n## Question 1: Why?\n';

function report(dryRun: boolean): ImportReport {
  return {
    dryRun,
    guides: [
      {
        fileName: 'guide.md',
        status: 'CREATED',
        guideId: 'guide-1',
        slug: 'guide',
        title: 'Guide',
        unchanged: 0,
        created: [
          { kind: null, kindName: 'General', number: 1, prompt: 'Why?' },
        ],
        revised: [],
        retired: [],
        warnings: [],
        error: null,
      },
    ],
  };
}

function drop(files: File[]) {
  fireEvent.drop(screen.getByTestId('guide-dropzone'), {
    dataTransfer: { files, types: ['Files'] },
  });
}

describe(GuideImportFlow.name, () => {
  beforeEach(() => {
    previewImport.mockReset();
    importGuides.mockReset();
    vi.mocked(useImportGuides).mockReturnValue({
      previewImport,
      importGuides,
      isImporting: false,
    });
  });

  it('should read dropped files as text, preview them, then import on confirm', async () => {
    // Arrange
    previewImport.mockResolvedValue(report(true));
    importGuides.mockResolvedValue(report(false));
    const user = userEvent.setup();
    renderWithProviders(<GuideImportFlow />);

    // Act
    drop([new File([GUIDE_TEXT], 'guide.md', { type: 'text/markdown' })]);

    // Assert
    const preview = await screen.findByRole('list', { name: 'Import preview' });
    expect(previewImport).toHaveBeenCalledWith([
      { fileName: 'guide.md', text: GUIDE_TEXT, size: GUIDE_TEXT.length },
    ]);
    expect(within(preview).getByText('Will be created')).toBeTruthy();
    expect(importGuides).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Confirm import' }));

    const final = await screen.findByRole('list', { name: 'Import report' });
    expect(importGuides).toHaveBeenCalledOnce();
    expect(within(final).getByText('Created')).toBeTruthy();
    expect(
      within(final)
        .getByRole('link', { name: /Open the guide/ })
        .getAttribute('href'),
    ).toBe('/guides/guide-1');
    expect(screen.queryByRole('list', { name: 'Chosen files' })).toBeNull();
  });

  it('should refuse files over 2 MB and files that are not Markdown without calling the API', () => {
    renderWithProviders(<GuideImportFlow />);
    const huge = new File(['x'], 'huge.md');
    Object.defineProperty(huge, 'size', { value: MAX_FILE_BYTES + 1 });

    drop([huge, new File(['hello'], 'notes.txt')]);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('2 files were not added');
    expect(alert.textContent).toContain(
      'huge.md: 2.0 MB is over the limit of 2 MB per file.',
    );
    expect(alert.textContent).toContain('notes.txt: Not a Markdown guide');
    expect(previewImport).not.toHaveBeenCalled();
  });

  it('should disable confirming when nothing would change', async () => {
    previewImport.mockResolvedValue({
      dryRun: true,
      guides: [
        {
          ...report(true).guides[0],
          status: 'UNCHANGED',
          created: [],
          unchanged: 1,
        },
      ],
    });
    renderWithProviders(<GuideImportFlow />);

    drop([new File([GUIDE_TEXT], 'guide.md')]);

    await screen.findByRole('list', { name: 'Import preview' });
    expect(
      screen
        .getByRole('button', { name: 'Confirm import' })
        .hasAttribute('disabled'),
    ).toBe(true);
    expect(
      screen.getByText(/Nothing to import: every file is unchanged/),
    ).toBeTruthy();
  });
});
