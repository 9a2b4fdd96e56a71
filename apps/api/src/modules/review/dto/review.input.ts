import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, MinLength } from 'class-validator';

import { MaxChars } from '@api/core/graphql/max-chars';
import { DebriefDecisionKind } from '@api/modules/review/debrief-decision-kind';

@InputType({ description: 'A debrief decision on a candidate, with its rationale.' })
export class RecordDecisionInput {
  @Field(() => ID, { description: 'The candidate decided on.' })
  @IsUUID('all', { message: 'candidateId must be a UUID' })
  candidateId!: string;

  @Field(() => DebriefDecisionKind, { description: 'The decision.' })
  @IsEnum(DebriefDecisionKind)
  decision!: DebriefDecisionKind;

  @Field(() => String, { description: 'Why, 3 to 10,000 characters (trimmed); kept in the decision history.' })
  @IsString()
  @MinLength(3, { message: 'Give the rationale for the decision' })
  @MaxChars(10_000, { message: 'The rationale is limited to 10000 characters' })
  rationale!: string;
}

@InputType({ description: 'A panelist who still owes a scorecard for a session.' })
export class NudgeInterviewerInput {
  @Field(() => ID, { description: 'The session of the team the scorecard is for.' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => ID, {
    description: 'The lead or co-interviewer (user id) whose scorecard is not submitted; anyone else is NOT_FOUND.',
  })
  @IsUUID('all', { message: 'interviewerId must be a UUID' })
  interviewerId!: string;
}
