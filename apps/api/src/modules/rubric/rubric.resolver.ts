import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';

import { Authenticated, CurrentActor, Roles } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import { TeamRole } from '@api/modules/team/team-role';

import { RubricModel } from './dto/rubric.model';
import { CreateRubricInput, UpdateRubricInput } from './dto/rubric.input';
import { RubricService } from './rubric.service';

@Resolver(() => RubricModel)
export class RubricResolver {
  constructor(private readonly rubricService: RubricService) {}

  @Authenticated()
  @Query(() => [RubricModel])
  rubrics(@CurrentActor() actor: Actor): Promise<RubricModel[]> {
    return this.rubricService.rubrics(actor);
  }

  @Authenticated()
  @Query(() => RubricModel)
  rubric(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<RubricModel> {
    return this.rubricService.rubric(actor, id);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => RubricModel)
  createRubric(@CurrentActor() actor: Actor, @Args('input') input: CreateRubricInput): Promise<RubricModel> {
    return this.rubricService.create(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => RubricModel)
  updateRubric(@CurrentActor() actor: Actor, @Args('input') input: UpdateRubricInput): Promise<RubricModel> {
    return this.rubricService.update(actor, input);
  }
}
