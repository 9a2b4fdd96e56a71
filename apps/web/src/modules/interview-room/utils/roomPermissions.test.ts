import { describe, expect, it } from 'vitest';

import type { RoomSession } from '@web/modules/interview-room/hooks/useInterviewRoom';

import { roomPermissions } from './roomPermissions';

type Session = Pick<RoomSession, 'panel' | 'status'>;

const session = (
  status: Session['status'],
  role: Session['panel'][number]['role'] = 'LEAD',
): Session =>
  ({
    status,
    panel: [{ role, user: { id: 'ana', name: 'Ana' } }],
  });

describe(roomPermissions.name, () => {
  it('should let a lead run the session and its questions when it is open', () => {
    expect(roomPermissions(session('IN_PROGRESS'), 'ana')).toEqual({
      seat: 'LEAD',
      canRunSession: true,
      canRunQuestions: true,
      canWriteNotes: true,
    });
  });

  it('should keep notes writable but questions closed when the session is complete', () => {
    const sut = roomPermissions(session('COMPLETED'), 'ana');

    expect(sut.canRunQuestions).toBe(false);
    expect(sut.canWriteNotes).toBe(true);
  });

  it('should let a shadow write notes only when they sit on the panel', () => {
    const sut = roomPermissions(session('SCHEDULED', 'SHADOW'), 'ana');

    expect(sut.canRunSession).toBe(false);
    expect(sut.canRunQuestions).toBe(false);
    expect(sut.canWriteNotes).toBe(true);
  });

  it('should allow nothing when the viewer is not on the panel', () => {
    expect(roomPermissions(session('IN_PROGRESS'), 'ben')).toEqual({
      seat: null,
      canRunSession: false,
      canRunQuestions: false,
      canWriteNotes: false,
    });
  });

  it('should close the notes when the session was cancelled or a no-show', () => {
    expect(roomPermissions(session('CANCELLED'), 'ana').canWriteNotes).toBe(
      false,
    );
    expect(roomPermissions(session('NO_SHOW'), 'ana').canWriteNotes).toBe(
      false,
    );
  });
});
