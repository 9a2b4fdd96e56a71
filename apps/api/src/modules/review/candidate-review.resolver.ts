import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { IdArg } from '@api/core/graphql/id-arg';
import { RequestLoaders } from '@api/core/graphql/request-loaders';
import { CandidateModel } from '@api/modules/candidate/dto/candidate.model';

import { CandidateReviewService } from './candidate-review.service';
import { NudgeInterviewerInput, RecordDecisionInput } from './dto/review.input';
import { CandidateAwaitingDecisionModel, CandidateReviewModel, DebriefDecisionModel } from './dto/review.model';
import type { ReviewLoaders } from './review.loaders';

@Resolver(() => CandidateReviewModel)
export class CandidateReviewResolver {
  constructor(private readonly reviewService: CandidateReviewService) {}

  @Roles(TeamRole.COORDINATOR)
  @Query(() => CandidateReviewModel, {
    description: 'A candidate\u2019s submitted scorecards side by side, disagreements, pending ones and decisions. Coordinators only.',
  })
  candidateReview(
    @CurrentActor() actor: Actor,
    @IdArg('candidateId', { description: 'The candidate of the current team to review.' }) candidateId: string,
  ): Promise<CandidateReviewModel> {
    return this.reviewService.review(actor, candidateId);
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => [CandidateAwaitingDecisionModel], {
    description:
      'Candidates with a completed session and submitted scorecards but no debrief decision since their latest completed session, the longest waiting first, at most 100. Coordinators only.',
  })
  candidatesAwaitingDecision(@CurrentActor() actor: Actor): Promise<CandidateAwaitingDecisionModel[]> {
    return this.reviewService.awaitingDecision(actor);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => CandidateReviewModel, {
    description: 'Records a debrief decision and answers the updated review; earlier ones stay in the history. Audited. Coordinators only.',
  })
  recordDecision(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The candidate, the decision and its rationale.' }) input: RecordDecisionInput,
  ): Promise<CandidateReviewModel> {
    return this.reviewService.recordDecision(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => Boolean, {
    description:
      'Reminds a panelist to submit their scorecard for a session, in the app and by email (SCORECARD_NUDGE); audited. Answers true. Coordinators only.',
  })
  nudgeInterviewer(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session and the panelist who owes the scorecard.' }) input: NudgeInterviewerInput,
  ): Promise<boolean> {
    return this.reviewService.nudge(actor, input);
  }
}

/** The decision history on the candidate record; interviewers score independently, so only coordinators read it. */
@Resolver(() => CandidateModel)
export class CandidateDecisionsResolver {
  @Authenticated()
  @ResolveField(() => [DebriefDecisionModel], {
    description: 'The debrief decisions on this candidate, newest first (the first is the current one). Coordinators only: empty for interviewers.',
  })
  decisions(@Parent() candidate: CandidateModel, @RequestLoaders() loaders: ReviewLoaders): Promise<DebriefDecisionModel[]> {
    return loaders.decisionsByCandidateId.load(candidate.id);
  }
}
