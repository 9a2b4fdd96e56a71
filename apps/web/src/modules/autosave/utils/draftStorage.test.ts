import { afterEach, describe, expect, it } from 'vitest';

import {
  draftKey,
  listDraftRecords,
  localDraftStorage,
  readDraft,
} from './draftStorage';

describe(localDraftStorage.name, () => {
  afterEach(() => {
    window.localStorage.clear();
  });

  it('should keep a draft per user, session and note until cleared', () => {
    const key = draftKey('ana', 's1', 'note:q1');
    const storage = localDraftStorage<{ text: string }>(key);

    storage.write({ value: { text: 'typed' }, baseVersion: 2, editId: 'e1' });

    expect(readDraft(key)).toEqual({
      value: { text: 'typed' },
      baseVersion: 2,
      editId: 'e1',
    });
    expect(readDraft(draftKey('ben', 's1', 'note:q1'))).toBeNull();
    storage.clear();
    expect(readDraft(key)).toBeNull();
  });

  it('should list the drafts of one session for one user', () => {
    localDraftStorage(draftKey('ana', 's1', 'note:q1')).write({
      value: 'a',
      baseVersion: 0,
      editId: null,
    });
    localDraftStorage(draftKey('ana', 's1', 'note:overall')).write({
      value: 'b',
      baseVersion: 1,
      editId: null,
    });
    localDraftStorage(draftKey('ana', 's2', 'note:q9')).write({
      value: 'c',
      baseVersion: 0,
      editId: null,
    });

    expect(listDraftRecords('ana', 's1').sort()).toEqual([
      'note:overall',
      'note:q1',
    ]);
  });

  it('should ignore a draft that is not one of ours', () => {
    window.localStorage.setItem(draftKey('ana', 's1', 'note:q1'), '{oops');

    expect(readDraft(draftKey('ana', 's1', 'note:q1'))).toBeNull();
  });
});
