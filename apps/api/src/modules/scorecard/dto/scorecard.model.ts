import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { UserModel } from '@api/core/graphql/user.model';
import { PanelRole } from '@api/core/session-status';
import { CompetencyModel, ScaleLevelModel } from '@api/modules/rubric/dto/rubric.model';

import { Recommendation, ScorecardStatus } from '@api/modules/scorecard/scorecard-status';

@ObjectType('CompetencyRating', { description: 'A scorecard\u2019s rating of one competency.' })
export class CompetencyRatingModel {
  @Field(() => ID, { description: 'The competency of the scorecard\u2019s rubric version.' })
  competencyId!: string;

  @Field(() => Int, { nullable: true, description: 'The level on the rubric\u2019s scale; null while unrated or when not assessed.' })
  level!: number | null;

  @Field(() => Boolean, { description: 'True when marked "not assessed".' })
  notAssessed!: boolean;

  @Field(() => String, { description: 'The evidence written for it; empty when none.' })
  evidence!: string;
}

@ObjectType('QuestionRating', { description: 'A scorecard\u2019s optional rating of one question of the session\u2019s plan.' })
export class QuestionRatingModel {
  @Field(() => ID, { description: 'The question in the session\u2019s plan (SessionQuestion.id).' })
  sessionQuestionId!: string;

  @Field(() => Int, { description: 'The level on the rubric\u2019s scale.' })
  level!: number;
}

@ObjectType('ScorecardAmendment', { description: 'A change made to a scorecard after it was submitted.' })
export class ScorecardAmendmentModel {
  @Field(() => Date, { description: 'When it was amended.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Who amended it; null for a removed account.' })
  actorName!: string | null;

  @Field(() => String, { description: 'Why it changed; emptied when the candidate is deleted on request.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The recommendation before this amendment.' })
  previousRecommendation!: Recommendation | null;
}

@ObjectType('Scorecard', { description: 'One interviewer\u2019s scorecard for a session. Readable per the scoring-visibility rule.' })
export class ScorecardModel {
  @Field(() => ID, { description: 'The scorecard\u2019s id.' })
  id!: string;

  @Field(() => ID, { description: 'The session scored.' })
  sessionId!: string;

  @Field(() => UserModel, { description: 'The panelist who wrote it.' })
  interviewer!: UserModel;

  @Field(() => ScorecardStatus, { description: 'Draft or submitted.' })
  status!: ScorecardStatus;

  @Field(() => ID, { description: 'The rubric version it was started on; later rubric edits do not change it.' })
  rubricVersionId!: string;

  @Field(() => String, { description: 'That rubric\u2019s name.' })
  rubricName!: string;

  @Field(() => [ScaleLevelModel], { description: 'That rubric version\u2019s scale, ascending.' })
  scale!: ScaleLevelModel[];

  @Field(() => [CompetencyModel], { description: 'The rubric version this scorecard was started on, anchors included.' })
  competencies!: CompetencyModel[];

  @Field(() => [CompetencyRatingModel], { description: 'Its competency ratings.' })
  ratings!: CompetencyRatingModel[];

  @Field(() => [QuestionRatingModel], { description: 'Its optional per-question ratings.' })
  questionRatings!: QuestionRatingModel[];

  @Field(() => Recommendation, { nullable: true, description: 'The overall recommendation; null in a draft without one.' })
  recommendation!: Recommendation | null;

  @Field(() => String, { description: 'The written summary; empty when none.' })
  summary!: string;

  @Field(() => Date, { nullable: true, description: 'When it was submitted; null for a draft.' })
  submittedAt!: Date | null;

  @Field(() => [ScorecardAmendmentModel], { description: 'Every amendment made after submission.' })
  amendments!: ScorecardAmendmentModel[];

  @Field(() => Int, { description: 'Raised by every save; pass it back as expectedVersion.' })
  version!: number;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType('PanelSubmission', { description: 'Whether a panelist has submitted; never their ratings.' })
export class PanelSubmissionModel {
  @Field(() => UserModel, { description: 'The panelist.' })
  user!: UserModel;

  @Field(() => PanelRole, { description: 'Their role on the panel.' })
  role!: PanelRole;

  @Field(() => Boolean, { description: 'Leads and co-interviewers owe a scorecard; shadows may write one.' })
  required!: boolean;

  @Field(() => Date, { nullable: true, description: 'When they submitted; null while not submitted.' })
  submittedAt!: Date | null;
}

@ObjectType('ScorecardDue', { description: 'A session the caller sat on that still needs their scorecard.' })
export class ScorecardDueModel {
  @Field(() => ID, { description: 'The session to score.' })
  sessionId!: string;

  @Field(() => String, { description: 'The candidate\u2019s name.' })
  candidateName!: string;

  @Field(() => String, { description: 'The kit the session ran.' })
  kitName!: string;

  @Field(() => Date, { description: 'When the session ended: its completion, else its planned end.' })
  endedAt!: Date;

  @Field(() => Date, { description: 'When it becomes overdue: endedAt plus the team\u2019s scorecardDueHours.' })
  dueAt!: Date;

  @Field(() => Boolean, { description: 'True once dueAt has passed.' })
  overdue!: boolean;

  @Field(() => ScorecardStatus, { nullable: true, description: 'DRAFT when started, null when not.' })
  status!: ScorecardStatus | null;
}
