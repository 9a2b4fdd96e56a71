import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, MinLength } from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';
import { DebriefDecisionKind } from '@api/modules/review/debrief-decision-kind';

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'candidateId must be a UUID' })
  candidateId!: string;

  @Field(() => DebriefDecisionKind)
  @IsEnum(DebriefDecisionKind)
  decision!: DebriefDecisionKind;

  @Field(() => String)
  @IsString()
  @MinLength(3, { message: 'Give the rationale for the decision' })
  @MaxChars(10_000, { message: 'The rationale is limited to 10000 characters' })
  rationale!: string;
}

@InputType()
export class NudgeInterviewerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'interviewerId must be a UUID' })
  interviewerId!: string;
}
