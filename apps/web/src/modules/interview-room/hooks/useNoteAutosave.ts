import { useCallback, useEffect, useRef } from 'react';
import type { ApolloClient, Reference } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';

import type { SessionNoteFieldsFragment } from '@web/generated/graphql';
import { SaveSessionNoteMutation } from '@web/modules/interview-room/graphql/mutations/SaveSessionNote';
import { InterviewRoomNotesQuery } from '@web/modules/interview-room/graphql/queries/InterviewRoomNotes';
import {
  AutosaveQueue,
  type SaveOutcome,
  type SaveRequest,
} from '@web/modules/autosave/utils/autosaveQueue';
import { browserAutosaveDeps } from '@web/modules/autosave/utils/browserAutosaveDeps';
import {
  draftKey,
  listDraftRecords,
  localDraftStorage,
  readDraft,
} from '@web/modules/autosave/utils/draftStorage';
import {
  EMPTY_NOTE,
  type NoteValue,
  noteRecord,
  questionIdOfRecord,
} from '@web/modules/interview-room/utils/noteValue';
import { registeredQueue } from '@web/modules/autosave/utils/queueRegistry';
import { classifySaveError } from '@web/modules/autosave/utils/saveError';

export type NoteQueue = AutosaveQueue<NoteValue>;

export type UseNoteAutosaveResult = {
  /** The autosave queue of a question's note, or of the overall note (null). */
  queueFor: (sessionQuestionId: string | null) => NoteQueue;
};

const toValue = (note: SessionNoteFieldsFragment): NoteValue => ({
  text: note.text,
  followUpsAsked: [...note.followUpsAsked],
  customFollowUps: [...note.customFollowUps],
});

const sameValue = (a: NoteValue, b: NoteValue): boolean =>
  a.text === b.text &&
  a.followUpsAsked.join() === b.followUpsAsked.join() &&
  a.customFollowUps.join('\n') === b.customFollowUps.join('\n');

/**
 * Autosave of the caller's notes in one session, one queue per note (see
 * autosaveQueue.ts for the protocol). Unsaved notes kept in this browser are
 * restored and resent when the room opens.
 */
export function useNoteAutosave(
  sessionId: string,
  userId: string,
  serverNotes: readonly SessionNoteFieldsFragment[],
): UseNoteAutosaveResult {
  const client = useApolloClient();
  // Server notes seed a queue when it is created; later copies go through sync.
  const seeds = useRef(serverNotes);
  seeds.current = serverNotes;

  const queueFor = useCallback(
    (sessionQuestionId: string | null): NoteQueue => {
      const key = draftKey(userId, sessionId, noteRecord(sessionQuestionId));

      return registeredQueue(key, () =>
        createNoteQueue(
          client,
          key,
          sessionId,
          sessionQuestionId,
          seeds.current.find(
            (note) => note.sessionQuestionId === sessionQuestionId,
          ) ?? null,
        ),
      );
    },
    [client, sessionId, userId],
  );

  // Notes typed before a reload (or while offline) go out first thing.
  useEffect(() => {
    for (const record of listDraftRecords(userId, sessionId)) {
      const questionId = questionIdOfRecord(record);
      if (questionId !== undefined) {
        queueFor(questionId).flush();
      }
    }
  }, [queueFor, sessionId, userId]);

  // Newer copies from the server (another tab or device) replace idle notes.
  useEffect(() => {
    for (const note of serverNotes) {
      queueFor(note.sessionQuestionId ?? null).syncFromServer({
        value: toValue(note),
        version: note.version,
        savedAt: note.updatedAt,
        recordId: note.id,
      });
    }
  }, [queueFor, serverNotes]);

  return { queueFor };
}

function createNoteQueue(
  client: ApolloClient,
  key: string,
  sessionId: string,
  sessionQuestionId: string | null,
  serverNote: SessionNoteFieldsFragment | null,
): NoteQueue {
  const storage = localDraftStorage<NoteValue>(key);
  const deps = browserAutosaveDeps<NoteValue>(key, (request) =>
    sendNote(client, sessionId, sessionQuestionId, request),
  );
  const draft = readDraft<NoteValue>(key);
  if (draft) {
    // That edit reached the server after all: its answer was lost.
    const isAcknowledged =
      serverNote !== null &&
      draft.editId !== null &&
      serverNote.lastEditId === draft.editId &&
      sameValue(toValue(serverNote), draft.value);
    if (!isAcknowledged) {
      return AutosaveQueue.restore(
        draft,
        { savedAt: serverNote?.updatedAt ?? null },
        deps,
      );
    }
    storage.clear();
  }

  return new AutosaveQueue(
    serverNote
      ? {
          value: toValue(serverNote),
          version: serverNote.version,
          savedAt: serverNote.updatedAt,
        }
      : { value: EMPTY_NOTE, version: 0 },
    deps,
  );
}

async function sendNote(
  client: ApolloClient,
  sessionId: string,
  sessionQuestionId: string | null,
  request: SaveRequest<NoteValue>,
): Promise<SaveOutcome<NoteValue>> {
  try {
    const { data } = await client.mutate({
      mutation: SaveSessionNoteMutation,
      variables: {
        input: {
          sessionId,
          sessionQuestionId,
          text: request.value.text,
          followUpsAsked: request.value.followUpsAsked,
          customFollowUps: request.value.customFollowUps,
          expectedVersion: request.expectedVersion,
          editId: request.editId,
        },
      },
      update: (cache, result) => {
        const saved = result.data?.saveSessionNote;
        if (!saved) {
          return;
        }
        // A first save creates the note: list it on the session too.
        cache.modify({
          id: cache.identify({ __typename: 'InterviewSession', id: sessionId }),
          fields: {
            myNotes: (existing: readonly Reference[] = [], { readField }) => {
              if (existing.some((ref) => readField('id', ref) === saved.id)) {
                return existing;
              }
              const ref = cache.identify(saved);

              return ref ? [...existing, { __ref: ref }] : existing;
            },
          },
        });
      },
    });
    const saved = data?.saveSessionNote;
    if (!saved) {
      return { type: 'offline' };
    }

    return { type: 'saved', version: saved.version, savedAt: saved.updatedAt };
  } catch (error) {
    const failure = classifySaveError(error);
    if (failure.type !== 'conflict') {
      return failure;
    }
    const stored = await storedNote(client, sessionId, sessionQuestionId);
    if (stored) {
      return {
        type: 'conflict',
        currentVersion: stored.version,
        currentValue: toValue(stored),
      };
    }

    return {
      type: 'conflict',
      currentVersion: failure.currentVersion,
      currentValue:
        failure.currentText === null
          ? null
          : { ...request.value, text: failure.currentText },
    };
  }
}

/** The note as stored now, for the conflict choice; null if it cannot be read. */
async function storedNote(
  client: ApolloClient,
  sessionId: string,
  sessionQuestionId: string | null,
): Promise<SessionNoteFieldsFragment | null> {
  try {
    const { data } = await client.query({
      query: InterviewRoomNotesQuery,
      variables: { id: sessionId },
      fetchPolicy: 'network-only',
    });

    return (
      data?.session.myNotes.find(
        (note) => note.sessionQuestionId === sessionQuestionId,
      ) ?? null
    );
  } catch {
    return null;
  }
}
