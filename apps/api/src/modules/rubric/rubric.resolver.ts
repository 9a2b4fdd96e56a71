import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { IdArg } from '@api/core/graphql/id-arg';

import { RubricModel } from './dto/rubric.model';
import { CreateRubricInput, UpdateRubricInput } from './dto/rubric.input';
import { RubricService } from './rubric.service';

@Resolver(() => RubricModel)
export class RubricResolver {
  constructor(private readonly rubricService: RubricService) {}

  @Authenticated()
  @Query(() => [RubricModel], { description: 'Every rubric of the current team at its latest version, by name. Any member of the team.' })
  rubrics(@CurrentActor() actor: Actor): Promise<RubricModel[]> {
    return this.rubricService.rubrics(actor);
  }

  @Authenticated()
  @Query(() => RubricModel, { description: 'One rubric of the current team at its latest version; NOT_FOUND otherwise. Any member of the team.' })
  rubric(@CurrentActor() actor: Actor, @IdArg('id', { description: 'The rubric\u2019s id.' }) id: string): Promise<RubricModel> {
    return this.rubricService.rubric(actor, id);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => RubricModel, { description: 'Creates a rubric (version 1) in the current team; audited. Coordinators only.' })
  createRubric(@CurrentActor() actor: Actor, @Args('input', { description: 'The new rubric.' }) input: CreateRubricInput): Promise<RubricModel> {
    return this.rubricService.create(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => RubricModel, {
    description: 'Saves a new version of a rubric (optimistic: expectedVersion); new scorecards use it. Audited. Coordinators only.',
  })
  updateRubric(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The rubric, its new content and the version the edit started from.' }) input: UpdateRubricInput,
  ): Promise<RubricModel> {
    return this.rubricService.update(actor, input);
  }
}
