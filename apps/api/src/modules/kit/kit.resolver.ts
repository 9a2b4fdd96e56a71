import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { IdArg } from '@api/core/graphql/id-arg';

import { KitModel } from './dto/kit.model';
import { AddQuestionToKitInput, CreateKitInput, UpdateKitInput } from './dto/kit.input';
import { KitService } from './kit.service';

@Resolver(() => KitModel)
export class KitResolver {
  constructor(private readonly kitService: KitService) {}

  @Authenticated()
  @Query(() => [KitModel], { description: 'Every interview kit of the current team, by name. Any member of the team.' })
  kits(@CurrentActor() actor: Actor): Promise<KitModel[]> {
    return this.kitService.kits(actor);
  }

  @Authenticated()
  @Query(() => KitModel, { description: 'One kit of the current team; NOT_FOUND otherwise. Any member of the team.' })
  kit(@CurrentActor() actor: Actor, @IdArg('id', { description: 'The kit\u2019s id.' }) id: string): Promise<KitModel> {
    return this.kitService.kit(actor, id);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => KitModel, { description: 'Creates an interview kit in the current team; audited. Coordinators only.' })
  createKit(@CurrentActor() actor: Actor, @Args('input', { description: 'The new kit.' }) input: CreateKitInput): Promise<KitModel> {
    return this.kitService.create(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => KitModel, {
    description: 'Replaces a kit\u2019s name, role, rubric, instructions and items (optimistic: expectedVersion); audited. Coordinators only.',
  })
  updateKit(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The kit, its new content and the version the edit started from.' }) input: UpdateKitInput,
  ): Promise<KitModel> {
    return this.kitService.update(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => KitModel, {
    description:
      'Appends one bank question to a kit (from the question\u2019s page) and bumps its version, so an editor with the kit open gets CONFLICT; audited. Coordinators only.',
  })
  addQuestionToKit(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The kit, the question and its planned minutes.' }) input: AddQuestionToKitInput,
  ): Promise<KitModel> {
    return this.kitService.addQuestion(actor, input);
  }
}
