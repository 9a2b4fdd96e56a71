// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema, type DocumentNode, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

import { AmendScorecardMutation } from '@web/modules/scorecards/graphql/mutations/AmendScorecard';
import { SaveScorecardMutation } from '@web/modules/scorecards/graphql/mutations/SaveScorecard';
import { SubmitScorecardMutation } from '@web/modules/scorecards/graphql/mutations/SubmitScorecard';
import { ScorecardSessionQuery } from '@web/modules/scorecards/graphql/queries/ScorecardSession';

import { AddQuestionToSessionMutation } from './mutations/AddQuestionToSession';
import { MarkQuestionAskedMutation } from './mutations/MarkQuestionAsked';
import { SaveSessionNoteMutation } from './mutations/SaveSessionNote';
import { SkipQuestionMutation } from './mutations/SkipQuestion';
import { InterviewRoomQuery } from './queries/InterviewRoom';
import { InterviewRoomNotesQuery } from './queries/InterviewRoomNotes';
import { InterviewRoomPlanQuery } from './queries/InterviewRoomPlan';
import { RoomPresenceQuery } from './queries/RoomPresence';
import { RoomQuestionSearchQuery } from './queries/RoomQuestionSearch';
import { SessionActivityHistoryQuery } from './queries/SessionActivityHistory';
import { SessionActivitySubscription } from './subscriptions/SessionActivity';

// The API's limits (apps/api/src/graphql/graphql-options.ts, QUERY_LIMITS):
// an operation over one is refused before it runs. The room's queries are
// the deepest the web app sends (the model answer nests three levels).
const API_LIMITS = {
  maxDepth: { n: 12 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  maxTokens: { n: 4_000 },
  costLimit: { maxCost: 30_000 },
};

const schema = buildSchema(
  readFileSync(
    fileURLToPath(new URL('../../../../../api/schema.gql', import.meta.url)),
    'utf8',
  ),
);
const { validationRules } = new ApolloArmor(API_LIMITS).protect();

const operations: Record<string, DocumentNode> = {
  InterviewRoomQuery,
  InterviewRoomPlanQuery,
  InterviewRoomNotesQuery,
  RoomQuestionSearchQuery,
  MarkQuestionAskedMutation,
  SkipQuestionMutation,
  AddQuestionToSessionMutation,
  SaveSessionNoteMutation,
  SessionActivitySubscription,
  SessionActivityHistoryQuery,
  RoomPresenceQuery,
  ScorecardSessionQuery,
  SaveScorecardMutation,
  SubmitScorecardMutation,
  AmendScorecardMutation,
};

describe('interview room and scorecard operations', () => {
  it.each(Object.entries(operations))(
    'should stay within the API limits when %s is sent',
    (_name, document) => {
      const errors = validate(schema, document, validationRules);

      expect(errors.map((error) => error.message)).toEqual([]);
    },
  );
});
