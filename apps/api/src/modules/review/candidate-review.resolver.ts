import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentActor, Roles } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import { TeamRole } from '@api/modules/team/team-role';

import { CandidateReviewService } from './candidate-review.service';
import { NudgeInterviewerInput, RecordDecisionInput } from './dto/review.input';
import { CandidateReviewModel } from './dto/review.model';

@Resolver(() => CandidateReviewModel)
export class CandidateReviewResolver {
  constructor(private readonly reviewService: CandidateReviewService) {}

  @Roles(TeamRole.COORDINATOR)
  @Query(() => CandidateReviewModel, { description: 'Submitted scorecards side by side, disagreements, pending ones and decisions.' })
  candidateReview(
    @CurrentActor() actor: Actor,
    @Args('candidateId', { type: () => ID }, new ParseUUIDPipe()) candidateId: string,
  ): Promise<CandidateReviewModel> {
    return this.reviewService.review(actor, candidateId);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => CandidateReviewModel, { description: 'Records a debrief decision; earlier ones stay in the history.' })
  recordDecision(@CurrentActor() actor: Actor, @Args('input') input: RecordDecisionInput): Promise<CandidateReviewModel> {
    return this.reviewService.recordDecision(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => Boolean, { description: 'Sends the interviewer an in-app reminder to submit their scorecard.' })
  nudgeInterviewer(@CurrentActor() actor: Actor, @Args('input') input: NudgeInterviewerInput): Promise<boolean> {
    return this.reviewService.nudge(actor, input);
  }
}
