import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { UserModel } from '@api/core/graphql/user.model';
import { CandidateModel } from '@api/modules/candidate/dto/candidate.model';
import { SessionModel } from '@api/modules/scheduling/dto/session.model';
import { Recommendation } from '@api/modules/scorecard/scorecard-status';

import { DebriefDecisionKind } from '@api/modules/review/debrief-decision-kind';

@ObjectType('DebriefDecision', { description: 'One debrief decision on a candidate; decisions are only added, never changed.' })
export class DebriefDecisionModel {
  @Field(() => ID, { description: 'The decision\u2019s id.' })
  id!: string;

  @Field(() => DebriefDecisionKind, { description: 'What was decided.' })
  decision!: DebriefDecisionKind;

  @Field(() => String, { description: 'Why; emptied when the candidate is deleted on request.' })
  rationale!: string;

  @Field(() => UserModel, { nullable: true, description: 'The coordinator who decided; null for a removed account.' })
  decidedBy!: UserModel | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  decidedAt!: Date;
}

@ObjectType('ReviewCompetency', { description: 'A competency rated in the candidate\u2019s reviewed scorecards (a column of the matrix).' })
export class ReviewCompetencyModel {
  @Field(() => ID, { description: 'The competency\u2019s id, as in ReviewRating.competencyId.' })
  id!: string;

  @Field(() => String, { description: 'Its name in the rubric version the scorecards used.' })
  name!: string;
}

@ObjectType('ReviewRating', { description: 'One cell of the review matrix: an interviewer\u2019s rating of a competency in a session.' })
export class ReviewRatingModel {
  @Field(() => ID, { description: 'The submitted scorecard it comes from.' })
  scorecardId!: string;

  @Field(() => ID, { description: 'The session rated.' })
  sessionId!: string;

  @Field(() => UserModel, { description: 'Who rated.' })
  interviewer!: UserModel;

  @Field(() => ID, { description: 'The competency rated.' })
  competencyId!: string;

  @Field(() => Int, { nullable: true, description: 'The level on the rubric\u2019s scale; null when not assessed.' })
  level!: number | null;

  @Field(() => Boolean, { description: 'True when the interviewer marked the competency "not assessed".' })
  notAssessed!: boolean;

  @Field(() => String, { description: 'The evidence written for the rating; empty when none.' })
  evidence!: string;
}

@ObjectType('ReviewRecommendation', { description: 'One submitted scorecard\u2019s overall recommendation and summary.' })
export class ReviewRecommendationModel {
  @Field(() => ID, { description: 'The submitted scorecard.' })
  scorecardId!: string;

  @Field(() => ID, { description: 'Its session.' })
  sessionId!: string;

  @Field(() => UserModel, { description: 'Who wrote it.' })
  interviewer!: UserModel;

  @Field(() => Recommendation, { description: 'The overall recommendation.' })
  recommendation!: Recommendation;

  @Field(() => String, { description: 'The written summary; empty when none.' })
  summary!: string;

  @Field(() => Date, { description: 'When it was submitted.' })
  submittedAt!: Date;
}

@ObjectType('RecommendationCount', { description: 'How many reviewed scorecards gave one recommendation.' })
export class RecommendationCountModel {
  @Field(() => Recommendation, { description: 'The recommendation.' })
  recommendation!: Recommendation;

  @Field(() => Int, { description: 'Submitted scorecards that gave it.' })
  count!: number;
}

@ObjectType('CompetencyDisagreement', { description: 'A competency whose ratings spread over 2 or more levels.' })
export class CompetencyDisagreementModel {
  @Field(() => ID, { description: 'The competency.' })
  competencyId!: string;

  @Field(() => String, { description: 'Its name.' })
  competencyName!: string;

  @Field(() => Int, { description: 'The lowest level given to it.' })
  lowest!: number;

  @Field(() => Int, { description: 'The highest level given to it.' })
  highest!: number;

  @Field(() => Int, { description: 'The highest minus the lowest level, in scale levels (at least 2).' })
  spread!: number;
}

@ObjectType('PendingScorecard', { description: 'A panelist who owes a scorecard for a session that ended.' })
export class PendingScorecardModel {
  @Field(() => ID, { description: 'The session that ended.' })
  sessionId!: string;

  @Field(() => UserModel, { description: 'The lead or co-interviewer who owes the scorecard.' })
  interviewer!: UserModel;

  @Field(() => Date, { description: 'When the session ended: its completion, else its planned end.' })
  endedAt!: Date;

  @Field(() => Boolean, { description: 'True when they have started a draft.' })
  hasDraft!: boolean;
}

@ObjectType('CandidateReview', { description: 'Everything a coordinator needs to decide: submitted scorecards only.' })
export class CandidateReviewModel {
  @Field(() => CandidateModel, { description: 'The candidate reviewed.' })
  candidate!: CandidateModel;

  @Field(() => [SessionModel], { description: 'Every session of the candidate, in any status.' })
  sessions!: SessionModel[];

  @Field(() => [ReviewCompetencyModel], { description: 'The competencies rated, the matrix\u2019s columns.' })
  competencies!: ReviewCompetencyModel[];

  @Field(() => [ReviewRatingModel], { description: 'Every rating of the submitted scorecards, by session start, interviewer name and rubric order.' })
  ratings!: ReviewRatingModel[];

  @Field(() => [ReviewRecommendationModel], { description: 'Each submitted scorecard\u2019s recommendation, by session start and interviewer name.' })
  recommendations!: ReviewRecommendationModel[];

  @Field(() => [RecommendationCountModel], { description: 'How many submitted scorecards gave each recommendation.' })
  recommendationTally!: RecommendationCountModel[];

  @Field(() => [CompetencyDisagreementModel], { description: 'Competencies whose ratings spread over 2 or more levels.' })
  disagreements!: CompetencyDisagreementModel[];

  @Field(() => Boolean, { description: 'Some recommend hiring and some do not.' })
  opposingRecommendations!: boolean;

  @Field(() => [PendingScorecardModel], { description: 'Scorecards still owed for sessions that ended, oldest first.' })
  pending!: PendingScorecardModel[];

  @Field(() => [DebriefDecisionModel], { description: 'Newest first; the first is the current decision.' })
  decisions!: DebriefDecisionModel[];
}

@ObjectType('CandidateAwaitingDecision', {
  description: 'A candidate with a completed session and submitted scorecards but no debrief decision since that session.',
})
export class CandidateAwaitingDecisionModel {
  @Field(() => CandidateModel, { description: 'The candidate waiting.' })
  candidate!: CandidateModel;

  @Field(() => Date, { description: 'When their latest completed session ended (its completion, else its planned end).' })
  lastCompletedAt!: Date;

  @Field(() => Int, { description: 'Submitted scorecards across their completed sessions.' })
  submittedScorecards!: number;

  @Field(() => Int, { description: 'Scorecards still owed by leads and co-interviewers of their completed sessions.' })
  pendingScorecards!: number;
}
