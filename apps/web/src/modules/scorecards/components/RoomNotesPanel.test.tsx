import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { RoomNoteView } from '@web/modules/scorecards/utils/roomNotes';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { RoomNotesPanel, type RoomNotesPanelProps } from './RoomNotesPanel';

const notes: RoomNoteView[] = [
  {
    id: 'n-1',
    label: 'Q1',
    prompt: 'How would you design an idempotent API?',
    text: 'Stored keys with results',
    followUpsAsked: ['What if the key arrives twice?'],
    snippet: 'Q1: Stored keys with results',
  },
  {
    id: 'n-2',
    label: null,
    prompt: null,
    text: 'Calm throughout',
    followUpsAsked: [],
    snippet: 'Calm throughout',
  },
];

function renderPanel(overrides: Partial<RoomNotesPanelProps> = {}) {
  const props: RoomNotesPanelProps = {
    sessionId: 's-1',
    notes,
    competencies: [
      { id: 'depth', name: 'Technical depth' },
      { id: 'comms', name: 'Communication' },
    ],
    evidenceOf: () => '',
    summary: '',
    canPull: true,
    onAddToEvidence: vi.fn(),
    onAddToSummary: vi.fn(),
    ...overrides,
  };
  renderWithProviders(<RoomNotesPanel {...props} />);

  return props;
}

describe(RoomNotesPanel.name, () => {
  it('should show each note with its question and the follow-ups asked', () => {
    renderPanel();

    const first = screen.getByRole('listitem', { name: 'Notes on Q1' });
    expect(
      within(first).getByText('Q1. How would you design an idempotent API?'),
    ).toBeTruthy();
    expect(
      within(first).getByText('What if the key arrives twice?'),
    ).toBeTruthy();
    expect(within(first).getByText('Stored keys with results')).toBeTruthy();
    expect(
      screen.getByRole('listitem', { name: 'Overall notes' }),
    ).toBeTruthy();
  });

  it('should pull a note into the competency chosen', async () => {
    const props = renderPanel();

    await userEvent.click(
      screen.getByRole('button', { name: 'Add the note on Q1 to evidence' }),
    );
    await userEvent.click(
      await screen.findByRole('menuitem', { name: 'Communication' }),
    );

    expect(props.onAddToEvidence).toHaveBeenCalledWith(
      'comms',
      'Q1: Stored keys with results',
    );
  });

  it('should mark where a note already went and not offer it there again', async () => {
    const props = renderPanel({
      evidenceOf: (id) =>
        id === 'depth' ? 'Before.\n\nQ1: Stored keys with results' : '',
    });

    await userEvent.click(
      screen.getByRole('button', { name: 'Add the note on Q1 to evidence' }),
    );
    const added = await screen.findByRole('menuitem', {
      name: /Technical depth ✓ added/,
    });

    expect(
      added.hasAttribute('disabled') ||
        added.getAttribute('data-disabled') === 'true',
    ).toBe(true);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Summary' }));
    expect(props.onAddToSummary).toHaveBeenCalledWith(
      'Q1: Stored keys with results',
    );
  });

  it('should show the notes without the action on a submitted scorecard', () => {
    renderPanel({ canPull: false });

    expect(screen.getByText('Stored keys with results')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /to evidence/ })).toBeNull();
  });

  it('should say so when no notes were taken', () => {
    renderPanel({ notes: [] });

    expect(screen.getByText(/You took no notes in the/)).toBeTruthy();
  });
});
