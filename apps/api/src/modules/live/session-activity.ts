import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SessionActivityKind {
  SESSION_STARTED = 'SESSION_STARTED',
  SESSION_COMPLETED = 'SESSION_COMPLETED',
  PANELIST_JOINED = 'PANELIST_JOINED',
  QUESTION_ASKED = 'QUESTION_ASKED',
  QUESTION_UNASKED = 'QUESTION_UNASKED',
  QUESTION_SKIPPED = 'QUESTION_SKIPPED',
  QUESTION_UNSKIPPED = 'QUESTION_UNSKIPPED',
  QUESTION_ADDED = 'QUESTION_ADDED',
  SCORECARD_SUBMITTED = 'SCORECARD_SUBMITTED',
  SCORECARDS_REVEALED = 'SCORECARDS_REVEALED',
}

registerEnumType(SessionActivityKind, { name: 'SessionActivityKind' });

/** What the panel sees live. Never carries ratings: those follow the scoring-visibility rule. */
@ObjectType('SessionActivity')
export class SessionActivityModel {
  @Field(() => SessionActivityKind)
  kind!: SessionActivityKind;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID, { nullable: true })
  sessionQuestionId!: string | null;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => Date)
  at!: Date;
}

export const sessionActivityTopic = (sessionId: string) => `session-activity:${sessionId}`;
