import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { RequestLoaders } from '@api/core/graphql/request-loaders';
import { RubricModel } from '@api/modules/rubric/dto/rubric.model';
import type { RubricLoaders } from '@api/modules/rubric/rubric.loaders';
import { SessionModel } from '@api/modules/scheduling/dto/session.model';
import { SessionService } from '@api/modules/scheduling/session.service';

import { AmendScorecardInput, SaveScorecardInput, SetRevealDeadlineInput, SubmitScorecardInput } from './dto/scorecard.input';
import { PanelSubmissionModel, ScorecardModel } from './dto/scorecard.model';
import { ScorecardProgressService } from './scorecard-progress.service';
import { ScorecardService } from './scorecard.service';
import type { ScorecardLoaders } from './scorecard.loaders';

@Resolver(() => SessionModel)
export class ScorecardResolver {
  constructor(
    private readonly progress: ScorecardProgressService,
    private readonly scorecardService: ScorecardService,
    private readonly sessions: SessionService,
  ) {}

  @ResolveField(() => ScorecardModel, { nullable: true, description: 'The caller\u2019s scorecard for this session, draft or submitted; null before they save one.' })
  async myScorecard(
    @CurrentActor() actor: Actor,
    @Parent() session: SessionModel,
    @RequestLoaders() loaders: ScorecardLoaders & RubricLoaders,
  ): Promise<ScorecardModel | null> {
    const visible = await loaders.visibleScorecardsBySessionId.load(session.id);

    return visible.find((scorecard) => scorecard.interviewer.id === actor.userId) ?? null;
  }

  @ResolveField(() => [ScorecardModel], {
    description:
      'Scorecards the caller may read (independent scoring): their own, and others\u2019 submitted ones once the panel\u2019s scorecards are revealed to them (coordinators: every submitted one).',
  })
  scorecards(@Parent() session: SessionModel, @RequestLoaders() loaders: ScorecardLoaders & RubricLoaders): Promise<ScorecardModel[]> {
    return loaders.visibleScorecardsBySessionId.load(session.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the panel\u2019s submitted scorecards are open to the caller now.' })
  async scorecardsRevealed(@Parent() session: SessionModel, @RequestLoaders() loaders: ScorecardLoaders & RubricLoaders): Promise<boolean> {
    return (await loaders.scorecardsRevealedBySessionId.load(session.id))?.revealed ?? false;
  }

  @ResolveField(() => [PanelSubmissionModel], { description: 'Who on the panel has submitted; never what.' })
  panelSubmissions(@Parent() session: SessionModel, @RequestLoaders() loaders: ScorecardLoaders & RubricLoaders): Promise<PanelSubmissionModel[]> {
    return loaders.panelSubmissionsBySessionId.load(session.id);
  }

  @ResolveField(() => RubricModel, { nullable: true, description: 'The kit\u2019s rubric as it stands: what a new scorecard uses.' })
  scoringRubric(@Parent() session: SessionModel, @RequestLoaders() loaders: ScorecardLoaders & RubricLoaders): Promise<RubricModel | null> {
    return loaders.currentRubricsByKitId.load(session.kitId);
  }

  @Authenticated()
  @Mutation(() => ScorecardModel, {
    description:
      'Saves the caller\u2019s draft for a session (autosave, whole content each time) once the session has started; a stale expectedVersion is CONFLICT, a submitted one must be amended. Any panelist of the session, shadows included.',
  })
  saveScorecard(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session and the draft\u2019s full content.' }) input: SaveScorecardInput,
  ): Promise<ScorecardModel> {
    return this.scorecardService.save(actor, input);
  }

  @Authenticated()
  @Mutation(() => ScorecardModel, {
    description:
      'Submits the caller\u2019s draft: every competency rated or not assessed, evidence for extreme levels, a recommendation (else BAD_USER_INPUT listing what is missing). Announced live; the last one of the panel notifies coordinators. Its author only.',
  })
  submitScorecard(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The draft and the version reviewed.' }) input: SubmitScorecardInput,
  ): Promise<ScorecardModel> {
    return this.scorecardService.submit(actor, input);
  }

  @Authenticated()
  @Mutation(() => ScorecardModel, {
    description:
      'Replaces a submitted scorecard\u2019s content (the same rules as submitting), keeping the reason and the previous content as an amendment; audited. Its author only.',
  })
  amendScorecard(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The scorecard, its new content, the version and the reason.' }) input: AmendScorecardInput,
  ): Promise<ScorecardModel> {
    return this.scorecardService.amend(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SessionModel, {
    description:
      'Simultaneous reveal: opens the session\u2019s submitted scorecards to its panel at this time even if some are missing; audited. Coordinators only.',
  })
  async setScorecardRevealDeadline(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session and the deadline (or null).' }) input: SetRevealDeadlineInput,
  ): Promise<SessionModel> {
    return this.sessions.session(actor, await this.progress.setRevealDeadline(actor, input));
  }
}
