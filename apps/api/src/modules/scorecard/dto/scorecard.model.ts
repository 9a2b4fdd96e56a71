import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { UserModel } from '@api/modules/identity/dto/user.model';
import { CompetencyModel, ScaleLevelModel } from '@api/modules/rubric/dto/rubric.model';
import { PanelRole } from '@api/modules/scheduling/session-status';

import { Recommendation, ScorecardStatus } from '@api/modules/scorecard/scorecard-status';

@ObjectType('CompetencyRating')
export class CompetencyRatingModel {
  @Field(() => ID)
  competencyId!: string;

  @Field(() => Int, { nullable: true })
  level!: number | null;

  @Field(() => Boolean)
  notAssessed!: boolean;

  @Field(() => String)
  evidence!: string;
}

@ObjectType('QuestionRating')
export class QuestionRatingModel {
  @Field(() => ID)
  sessionQuestionId!: string;

  @Field(() => Int)
  level!: number;
}

@ObjectType('ScorecardAmendment')
export class ScorecardAmendmentModel {
  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The recommendation before this amendment.' })
  previousRecommendation!: Recommendation | null;
}

@ObjectType('Scorecard', { description: 'One interviewer\u2019s scorecard for a session. Readable per the scoring-visibility rule.' })
export class ScorecardModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => UserModel)
  interviewer!: UserModel;

  @Field(() => ScorecardStatus)
  status!: ScorecardStatus;

  @Field(() => ID)
  rubricVersionId!: string;

  @Field(() => String)
  rubricName!: string;

  @Field(() => [ScaleLevelModel])
  scale!: ScaleLevelModel[];

  @Field(() => [CompetencyModel], { description: 'The rubric version this scorecard was started on, anchors included.' })
  competencies!: CompetencyModel[];

  @Field(() => [CompetencyRatingModel])
  ratings!: CompetencyRatingModel[];

  @Field(() => [QuestionRatingModel])
  questionRatings!: QuestionRatingModel[];

  @Field(() => Recommendation, { nullable: true })
  recommendation!: Recommendation | null;

  @Field(() => String)
  summary!: string;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => [ScorecardAmendmentModel])
  amendments!: ScorecardAmendmentModel[];

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('PanelSubmission', { description: 'Whether a panelist has submitted; never their ratings.' })
export class PanelSubmissionModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => PanelRole)
  role!: PanelRole;

  @Field(() => Boolean, { description: 'Leads and co-interviewers owe a scorecard; shadows may write one.' })
  required!: boolean;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType('ScorecardDue', { description: 'A session you sat on that still needs your scorecard.' })
export class ScorecardDueModel {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => String)
  candidateName!: string;

  @Field(() => String)
  kitName!: string;

  @Field(() => Date)
  endedAt!: Date;

  @Field(() => Date)
  dueAt!: Date;

  @Field(() => Boolean)
  overdue!: boolean;

  @Field(() => ScorecardStatus, { nullable: true, description: 'DRAFT when started, null when not.' })
  status!: ScorecardStatus | null;
}
