import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import type { RoomSession } from '@web/modules/interview-room/hooks/useInterviewRoom';
import { useRoomActions } from '@web/modules/interview-room/hooks/useRoomActions';
import { roomQuestion } from '@web/modules/interview-room/testing/roomFixtures';
import { notify } from '@web/modules/shared/utils/notify';

import { useInterviewRoomState } from './useInterviewRoomState';

vi.mock('@web/modules/interview-room/hooks/useNoteAutosave', () => ({
  useNoteAutosave: () => ({ queueFor: vi.fn() }),
}));
vi.mock('@web/modules/interview-room/hooks/useRoomLiveFeed', () => ({
  useRoomLiveFeed: () => ({ present: [], feed: [] }),
}));
vi.mock('@web/modules/interview-room/hooks/useRoomActions', () => ({
  useRoomActions: vi.fn(),
}));
vi.mock('@web/modules/shared/utils/notify', () => ({ notify: vi.fn() }));

const viewer = { user: { id: 'ana', timeZone: 'UTC' } } as Viewer;

function roomSession(overrides: Partial<RoomSession> = {}): RoomSession {
  return {
    id: 's-1',
    status: 'IN_PROGRESS',
    kitInstructions: '',
    questions: [
      roomQuestion({ id: 'sq-1', position: 0 }),
      roomQuestion({
        id: 'sq-2',
        position: 1,
        plannedMinutes: 15,
        askedAt: null,
        question: { ...roomQuestion().question, id: 'q-2' },
      }),
    ],
    panel: [{ role: 'LEAD', user: { id: 'ana', name: 'Ana' } }],
    myNotes: [],
    ...overrides,
  } as RoomSession;
}

const actions = {
  start: vi.fn(() => Promise.resolve()),
  complete: vi.fn(() => Promise.resolve()),
  markAsked: vi.fn(() => Promise.resolve()),
  skip: vi.fn(() => Promise.resolve()),
  addQuestion: vi.fn(() => Promise.resolve('sq-2')),
  isStarting: false,
  isCompleting: false,
  isAdding: false,
};

function renderRoom(session = roomSession()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={['/room']}>{children}</MemoryRouter>
  );

  return renderHook(
    () => useInterviewRoomState(session, viewer, vi.fn()),
    { wrapper },
  );
}

const press = (key: string) =>
  act(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key }));
  });

describe(useInterviewRoomState.name, () => {
  beforeEach(() => {
    vi.clearAllMocks();
    vi.mocked(useRoomActions).mockReturnValue(actions);
  });

  it('should sum up the plan and say what the viewer may do', () => {
    const { result } = renderRoom();

    expect(result.current.plannedMinutes).toBe(25);
    expect(result.current.openQuestions).toBe(2);
    expect([...result.current.plannedQuestionIds]).toEqual(['q-1', 'q-2']);
    expect(result.current.seat).toBe('LEAD');
    expect(result.current.canRunQuestions).toBe(true);
    expect(result.current.sideTab).toBe('plan');
  });

  it('should open on the kit instructions when the session is still scheduled', () => {
    const { result } = renderRoom(
      roomSession({ status: 'SCHEDULED', kitInstructions: 'Be kind.' }),
    );

    expect(result.current.sideTab).toBe('instructions');
  });

  it('should move, mark asked and toggle the help when the shortcuts are pressed', async () => {
    const { result } = renderRoom();

    press('j');
    expect(result.current.current?.id).toBe('sq-2');
    press('a');
    await waitFor(() => expect(result.current.isBusy).toBe(false));
    expect(actions.markAsked).toHaveBeenCalledWith('sq-2', true);
    press('?');
    expect(result.current.openDialog).toBe('shortcuts');
    press('?');

    expect(result.current.openDialog).toBeNull();
  });

  it('should leave the shortcuts to a dialog when one other than the help is open', () => {
    const { result } = renderRoom();

    act(() => result.current.openDialogOf('add-question'));
    press('j');

    expect(result.current.current?.id).toBe('sq-1');
  });

  it('should not mark asked by shortcut when the viewer cannot run questions', () => {
    renderRoom(
      roomSession({
        panel: [{ role: 'SHADOW', user: { id: 'ana', name: 'Ana' } }],
      }),
    );

    press('a');

    expect(actions.markAsked).not.toHaveBeenCalled();
  });

  it('should tell what failed and be ready again when an action is refused', async () => {
    actions.skip.mockRejectedValueOnce(new Error('Session is over'));
    const { result } = renderRoom();
    const first = result.current.current;

    act(() => result.current.skip(first!, true));
    await waitFor(() => expect(notify).toHaveBeenCalled());

    expect(notify).toHaveBeenCalledWith({
      color: 'red',
      title: 'Could not skip the question',
      message: 'Session is over',
    });
    expect(result.current.isBusy).toBe(false);
  });

  it('should show the added question and close the dialog when a question is added', async () => {
    const { result } = renderRoom();

    act(() => result.current.openDialogOf('add-question'));
    act(() => result.current.addQuestion('q-9', 10));
    await waitFor(() => expect(result.current.openDialog).toBeNull());

    expect(actions.addQuestion).toHaveBeenCalledWith('q-9', 10);
    expect(result.current.current?.id).toBe('sq-2');
  });
});
