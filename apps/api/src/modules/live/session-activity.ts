import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { UserModel } from '@api/core/graphql/user.model';
import { PanelRole } from '@api/core/session-status';

export enum SessionActivityKind {
  SESSION_STARTED = 'SESSION_STARTED',
  SESSION_COMPLETED = 'SESSION_COMPLETED',
  PANELIST_JOINED = 'PANELIST_JOINED',
  PANELIST_LEFT = 'PANELIST_LEFT',
  QUESTION_ASKED = 'QUESTION_ASKED',
  QUESTION_UNASKED = 'QUESTION_UNASKED',
  QUESTION_SKIPPED = 'QUESTION_SKIPPED',
  QUESTION_UNSKIPPED = 'QUESTION_UNSKIPPED',
  QUESTION_ADDED = 'QUESTION_ADDED',
  SCORECARD_SUBMITTED = 'SCORECARD_SUBMITTED',
  SCORECARDS_REVEALED = 'SCORECARDS_REVEALED',
}

registerEnumType(SessionActivityKind, {
  name: 'SessionActivityKind',
  description: 'What just happened in a session\u2019s room.',
  valuesMap: {
    SESSION_STARTED: { description: 'The session went from SCHEDULED to IN_PROGRESS.' },
    SESSION_COMPLETED: { description: 'The session went from IN_PROGRESS to COMPLETED.' },
    PANELIST_JOINED: { description: 'A panelist opened the room (subscribed to sessionActivity with inRoom).' },
    PANELIST_LEFT: { description: 'A panelist closed the room and did not come back within the reload grace.' },
    QUESTION_ASKED: { description: 'A plan question was marked asked; sessionQuestionId names it.' },
    QUESTION_UNASKED: { description: 'The asked mark of a plan question was taken back.' },
    QUESTION_SKIPPED: { description: 'A plan question was skipped.' },
    QUESTION_UNSKIPPED: { description: 'A skipped plan question was brought back.' },
    QUESTION_ADDED: { description: 'A bank question was added to the plan; sessionQuestionId names the new entry.' },
    SCORECARD_SUBMITTED: { description: 'A panelist submitted their scorecard (its ratings are not in the event).' },
    SCORECARDS_REVEALED: { description: 'The last panelist submitted: every scorecard of the session is in and readable to the panel.' },
  },
});

/** What the panel sees live. Never carries ratings: those follow the scoring-visibility rule. */
@ObjectType('SessionActivity', { description: 'One event of a session\u2019s room, as pushed to its subscribers. Never carries ratings.' })
export class SessionActivityModel {
  @Field(() => ID, { description: 'The same id live and in the stored history, so a client merges both.' })
  id!: string;

  @Field(() => SessionActivityKind, { description: 'What happened.' })
  kind!: SessionActivityKind;

  @Field(() => ID, { description: 'The session it happened in.' })
  sessionId!: string;

  @Field(() => ID, { nullable: true, description: 'The plan question concerned, for the QUESTION_* kinds; null otherwise.' })
  sessionQuestionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The user who did it; null when the system did (SCORECARDS_REVEALED).' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'That user\u2019s name at the time; null with no actor.' })
  actorName!: string | null;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;
}

@ObjectType('RoomPresence', { description: 'Someone who has the interview room open now.' })
export class RoomPresenceModel {
  @Field(() => UserModel, { description: 'Who has the room open.' })
  user!: UserModel;

  @Field(() => PanelRole, { nullable: true, description: 'Their seat on the panel; null for a coordinator following the session.' })
  role!: PanelRole | null;

  @Field(() => Date, { description: 'When they opened the room (their oldest open connection).' })
  since!: Date;
}

export const sessionActivityTopic = (sessionId: string) => `session-activity:${sessionId}`;
