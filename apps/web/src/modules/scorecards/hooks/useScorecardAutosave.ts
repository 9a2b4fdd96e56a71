import { useEffect, useMemo, useRef } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';

import type { ScorecardContent } from '@panelwise/domain-scorecard';

import { useAutosave } from '@web/modules/autosave/hooks/useAutosave';
import {
  AutosaveQueue,
  type SaveOutcome,
  type SaveRequest,
} from '@web/modules/autosave/utils/autosaveQueue';
import { browserAutosaveDeps } from '@web/modules/autosave/utils/browserAutosaveDeps';
import {
  draftKey,
  localDraftStorage,
  readDraft,
} from '@web/modules/autosave/utils/draftStorage';
import { registeredQueue } from '@web/modules/autosave/utils/queueRegistry';
import { classifySaveError } from '@web/modules/autosave/utils/saveError';
import { SaveScorecardMutation } from '@web/modules/scorecards/graphql/mutations/SaveScorecard';
import { ScorecardSessionQuery } from '@web/modules/scorecards/graphql/queries/ScorecardSession';
import type { Scorecard } from '@web/modules/scorecards/hooks/useScorecardSession';
import {
  sameContent,
  type ScoringRubric,
  toContent,
  toScorecardInput,
} from '@web/modules/scorecards/utils/scorecardContent';

export type ScorecardQueue = AutosaveQueue<ScorecardContent>;

/**
 * Autosave of the caller's draft scorecard (see autosaveQueue.ts). The API
 * has no edit id for scorecards, so a conflict is checked against the stored
 * copy first: if it holds exactly what was sent, that save went through and
 * only its answer was lost.
 */
export function useScorecardAutosave(
  sessionId: string,
  userId: string,
  rubric: ScoringRubric,
  stored: Scorecard | null,
) {
  const client = useApolloClient();
  const key = draftKey(userId, sessionId, 'scorecard');
  const isSubmitted = stored?.status === 'SUBMITTED';
  // The rubric and stored copy seed a new queue only; later copies sync below.
  const seeds = useRef({ rubric, stored });
  seeds.current = { rubric, stored };
  const queue = useMemo(
    () =>
      registeredQueue(key, () =>
        createScorecardQueue(
          client,
          key,
          sessionId,
          seeds.current.rubric,
          seeds.current.stored,
        ),
      ),
    [client, key, sessionId],
  );

  useEffect(() => {
    if (isSubmitted) {
      // A submitted scorecard changes through amendments only.
      localDraftStorage(key).clear();

      return;
    }
    // A draft kept from before a reload goes out first thing.
    queue.flush();
  }, [isSubmitted, key, queue]);

  useEffect(() => {
    if (stored) {
      queue.syncFromServer({
        value: toContent(seeds.current.rubric, stored),
        version: stored.version,
        savedAt: stored.updatedAt,
        recordId: stored.id,
      });
    }
  }, [queue, stored]);

  return { queue, ...useAutosave(queue) };
}

function createScorecardQueue(
  client: ApolloClient,
  key: string,
  sessionId: string,
  rubric: ScoringRubric,
  stored: Scorecard | null,
): ScorecardQueue {
  const deps = browserAutosaveDeps<ScorecardContent>(
    key,
    (request) => sendScorecard(client, sessionId, rubric, request),
    { debounceMs: 800 },
  );
  const draft = readDraft<ScorecardContent>(key);
  if (draft && stored?.status !== 'SUBMITTED') {
    return AutosaveQueue.restore(
      draft,
      { savedAt: stored?.updatedAt ?? null, recordId: stored?.id ?? null },
      deps,
    );
  }

  return new AutosaveQueue(
    stored
      ? {
          value: toContent(rubric, stored),
          version: stored.version,
          savedAt: stored.updatedAt,
          recordId: stored.id,
        }
      : { value: toContent(rubric, null), version: 0 },
    deps,
  );
}

async function sendScorecard(
  client: ApolloClient,
  sessionId: string,
  rubric: ScoringRubric,
  request: SaveRequest<ScorecardContent>,
): Promise<SaveOutcome<ScorecardContent>> {
  try {
    const { data } = await client.mutate({
      mutation: SaveScorecardMutation,
      variables: {
        input: {
          sessionId,
          expectedVersion: request.expectedVersion,
          ...toScorecardInput(request.value),
        },
      },
      update: (cache, result) => {
        const saved = result.data?.saveScorecard;
        const ref = saved ? cache.identify(saved) : undefined;
        if (!ref) {
          return;
        }
        // The first save creates the scorecard: the session points at it now.
        cache.modify({
          id: cache.identify({ __typename: 'InterviewSession', id: sessionId }),
          fields: { myScorecard: () => ({ __ref: ref }) },
        });
      },
    });
    const saved = data?.saveScorecard;

    return saved
      ? {
          type: 'saved',
          version: saved.version,
          savedAt: saved.updatedAt,
          recordId: saved.id,
        }
      : { type: 'offline' };
  } catch (error) {
    const failure = classifySaveError(error);
    if (failure.type !== 'conflict') {
      return failure;
    }

    return settleConflict(
      client,
      sessionId,
      rubric,
      request,
      failure.currentVersion,
    );
  }
}

async function settleConflict(
  client: ApolloClient,
  sessionId: string,
  rubric: ScoringRubric,
  request: SaveRequest<ScorecardContent>,
  reportedVersion: number,
): Promise<SaveOutcome<ScorecardContent>> {
  try {
    const { data } = await client.query({
      query: ScorecardSessionQuery,
      variables: { id: sessionId },
      fetchPolicy: 'network-only',
    });
    const current = data?.session.myScorecard ?? null;
    if (current?.status === 'SUBMITTED') {
      return {
        type: 'failed',
        message: 'This scorecard was submitted meanwhile: amend it instead',
        problems: [],
      };
    }
    if (!current) {
      return { type: 'conflict', currentVersion: 0, currentValue: null };
    }
    const currentValue = toContent(rubric, current);
    if (sameContent(currentValue, request.value)) {
      return {
        type: 'saved',
        version: current.version,
        savedAt: current.updatedAt,
        recordId: current.id,
      };
    }

    return { type: 'conflict', currentVersion: current.version, currentValue };
  } catch {
    return {
      type: 'conflict',
      currentVersion: reportedVersion,
      currentValue: null,
    };
  }
}
