import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { CandidateModel } from '@api/modules/candidate/dto/candidate.model';
import { UserModel } from '@api/modules/identity/dto/user.model';
import { SessionModel } from '@api/modules/scheduling/dto/session.model';
import { Recommendation } from '@api/modules/scorecard/scorecard-status';

import { DebriefDecisionKind } from '@api/modules/review/debrief-decision-kind';

@ObjectType('DebriefDecision')
export class DebriefDecisionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DebriefDecisionKind)
  decision!: DebriefDecisionKind;

  @Field(() => String)
  rationale!: string;

  @Field(() => UserModel, { nullable: true })
  decidedBy!: UserModel | null;

  @Field(() => Date)
  decidedAt!: Date;
}

@ObjectType('ReviewCompetency')
export class ReviewCompetencyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('ReviewRating', { description: 'One cell of the review matrix: an interviewer\u2019s rating of a competency in a session.' })
export class ReviewRatingModel {
  @Field(() => ID)
  scorecardId!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => UserModel)
  interviewer!: UserModel;

  @Field(() => ID)
  competencyId!: string;

  @Field(() => Int, { nullable: true })
  level!: number | null;

  @Field(() => Boolean)
  notAssessed!: boolean;

  @Field(() => String)
  evidence!: string;
}

@ObjectType('ReviewRecommendation')
export class ReviewRecommendationModel {
  @Field(() => ID)
  scorecardId!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => UserModel)
  interviewer!: UserModel;

  @Field(() => Recommendation)
  recommendation!: Recommendation;

  @Field(() => String)
  summary!: string;

  @Field(() => Date)
  submittedAt!: Date;
}

@ObjectType('RecommendationCount')
export class RecommendationCountModel {
  @Field(() => Recommendation)
  recommendation!: Recommendation;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CompetencyDisagreement', { description: 'A competency whose ratings spread over 2 or more levels.' })
export class CompetencyDisagreementModel {
  @Field(() => ID)
  competencyId!: string;

  @Field(() => String)
  competencyName!: string;

  @Field(() => Int)
  lowest!: number;

  @Field(() => Int)
  highest!: number;

  @Field(() => Int)
  spread!: number;
}

@ObjectType('PendingScorecard', { description: 'A panelist who owes a scorecard for a session that ended.' })
export class PendingScorecardModel {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => UserModel)
  interviewer!: UserModel;

  @Field(() => Date)
  endedAt!: Date;

  @Field(() => Boolean, { description: 'Has a draft started.' })
  hasDraft!: boolean;
}

@ObjectType('CandidateReview', { description: 'Everything a coordinator needs to decide: submitted scorecards only.' })
export class CandidateReviewModel {
  @Field(() => CandidateModel)
  candidate!: CandidateModel;

  @Field(() => [SessionModel])
  sessions!: SessionModel[];

  @Field(() => [ReviewCompetencyModel])
  competencies!: ReviewCompetencyModel[];

  @Field(() => [ReviewRatingModel])
  ratings!: ReviewRatingModel[];

  @Field(() => [ReviewRecommendationModel])
  recommendations!: ReviewRecommendationModel[];

  @Field(() => [RecommendationCountModel])
  recommendationTally!: RecommendationCountModel[];

  @Field(() => [CompetencyDisagreementModel])
  disagreements!: CompetencyDisagreementModel[];

  @Field(() => Boolean, { description: 'Some recommend hiring and some do not.' })
  opposingRecommendations!: boolean;

  @Field(() => [PendingScorecardModel])
  pending!: PendingScorecardModel[];

  @Field(() => [DebriefDecisionModel], { description: 'Newest first; the first is the current decision.' })
  decisions!: DebriefDecisionModel[];
}
