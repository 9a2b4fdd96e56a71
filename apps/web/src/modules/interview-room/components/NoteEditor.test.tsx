import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { manualNoteQueue } from '@web/modules/interview-room/testing/roomFixtures';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { NoteEditor } from './NoteEditor';

const STORED = {
  text: 'Written in another tab',
  followUpsAsked: [],
  customFollowUps: [],
};

async function renderConflict() {
  const user = userEvent.setup();
  const { queue, sent } = manualNoteQueue();
  renderWithProviders(
    <NoteEditor timeZone="UTC" queue={queue} label="Notes on Q1" />,
  );
  await user.type(screen.getByRole('textbox', { name: 'Notes on Q1' }), 'Mine');
  await waitFor(() => expect(sent).toHaveLength(1));
  sent[0]?.answer({
    type: 'conflict',
    currentVersion: 3,
    currentValue: STORED,
  });
  const alert = await screen.findByRole('alert');

  return { user, sent, alert };
}

describe(NoteEditor.name, () => {
  it('should show both versions when a save conflicts, and overwrite nothing', async () => {
    const { sent, alert } = await renderConflict();

    expect(alert.textContent).toContain('Written in another tab');
    expect(alert.textContent).toContain('Mine');
    expect(
      screen.getByRole('status', { name: 'Notes on Q1: save state' })
        .textContent,
    ).toBe('Conflict');
    expect(sent).toHaveLength(1);
  });

  it('should resave mine from the stored version when the user keeps mine', async () => {
    const { user, sent } = await renderConflict();

    await user.click(screen.getByRole('button', { name: 'Keep mine' }));

    expect(sent[1]?.request).toMatchObject({
      value: { text: 'Mine' },
      expectedVersion: 3,
    });
  });

  it('should show the stored text when the user takes it', async () => {
    const { user, sent } = await renderConflict();

    await user.click(
      screen.getByRole('button', { name: 'Use the stored version' }),
    );

    expect(
      screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes on Q1' })
        .value,
    ).toBe('Written in another tab');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sent).toHaveLength(1);
  });
});
