import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import { type Loaders, RequestLoaders } from '@api/graphql/loaders';
import { RubricModel } from '@api/modules/rubric/dto/rubric.model';
import { SessionModel } from '@api/modules/scheduling/dto/session.model';
import { SessionService } from '@api/modules/scheduling/session.service';
import { TeamRole } from '@api/modules/team/team-role';

import { AmendScorecardInput, SaveScorecardInput, SetRevealDeadlineInput, SubmitScorecardInput } from './dto/scorecard.input';
import { PanelSubmissionModel, ScorecardDueModel, ScorecardModel } from './dto/scorecard.model';
import { FeedbackTimelinessModel } from './dto/timeliness.model';
import { ScorecardProgressService } from './scorecard-progress.service';
import { ScorecardService } from './scorecard.service';

@Resolver(() => SessionModel)
export class ScorecardResolver {
  constructor(
    private readonly progress: ScorecardProgressService,
    private readonly scorecardService: ScorecardService,
    private readonly sessions: SessionService,
  ) {}

  @Authenticated()
  @Query(() => [ScorecardDueModel], { description: 'Sessions that ended and still need your scorecard, oldest first.' })
  scorecardsDue(@CurrentActor() actor: Actor): Promise<ScorecardDueModel[]> {
    return this.progress.due(actor);
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => FeedbackTimelinessModel, { description: 'Scorecards owed per interviewer with their age, and median time to submit.' })
  feedbackTimeliness(@CurrentActor() actor: Actor): Promise<FeedbackTimelinessModel> {
    return this.progress.timeliness(actor);
  }

  @ResolveField(() => ScorecardModel, { nullable: true, description: 'Your scorecard for this session, draft or submitted.' })
  async myScorecard(
    @CurrentActor() actor: Actor,
    @Parent() session: SessionModel,
    @RequestLoaders() loaders: Loaders,
  ): Promise<ScorecardModel | null> {
    const visible = await loaders.visibleScorecardsBySessionId.load(session.id);

    return visible.find((scorecard) => scorecard.interviewer.id === actor.userId) ?? null;
  }

  @ResolveField(() => [ScorecardModel], {
    description:
      'Scorecards you may read (independent scoring): your own, and others\u2019 submitted ones once the panel\u2019s scorecards are revealed to you.',
  })
  scorecards(@Parent() session: SessionModel, @RequestLoaders() loaders: Loaders): Promise<ScorecardModel[]> {
    return loaders.visibleScorecardsBySessionId.load(session.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the panel\u2019s submitted scorecards are open to you now.' })
  async scorecardsRevealed(@Parent() session: SessionModel, @RequestLoaders() loaders: Loaders): Promise<boolean> {
    return (await loaders.scorecardsRevealedBySessionId.load(session.id))?.revealed ?? false;
  }

  @ResolveField(() => [PanelSubmissionModel], { description: 'Who has submitted; never what.' })
  panelSubmissions(@Parent() session: SessionModel, @RequestLoaders() loaders: Loaders): Promise<PanelSubmissionModel[]> {
    return loaders.panelSubmissionsBySessionId.load(session.id);
  }

  @ResolveField(() => RubricModel, { nullable: true, description: 'The kit\u2019s rubric as it stands: what a new scorecard uses.' })
  scoringRubric(@Parent() session: SessionModel, @RequestLoaders() loaders: Loaders): Promise<RubricModel | null> {
    return loaders.currentRubricsByKitId.load(session.kitId);
  }

  @Authenticated()
  @Mutation(() => ScorecardModel, { description: 'Saves your draft (autosave); a stale expectedVersion is a CONFLICT.' })
  saveScorecard(@CurrentActor() actor: Actor, @Args('input') input: SaveScorecardInput): Promise<ScorecardModel> {
    return this.scorecardService.save(actor, input);
  }

  @Authenticated()
  @Mutation(() => ScorecardModel)
  submitScorecard(@CurrentActor() actor: Actor, @Args('input') input: SubmitScorecardInput): Promise<ScorecardModel> {
    return this.scorecardService.submit(actor, input);
  }

  @Authenticated()
  @Mutation(() => ScorecardModel)
  amendScorecard(@CurrentActor() actor: Actor, @Args('input') input: AmendScorecardInput): Promise<ScorecardModel> {
    return this.scorecardService.amend(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SessionModel, { description: 'Simultaneous reveal: open the submitted scorecards at this time even if some are missing.' })
  async setScorecardRevealDeadline(@CurrentActor() actor: Actor, @Args('input') input: SetRevealDeadlineInput): Promise<SessionModel> {
    return this.sessions.session(actor, await this.progress.setRevealDeadline(actor, input));
  }
}
