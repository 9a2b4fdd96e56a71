import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import { TeamRole } from '@api/modules/team/team-role';

import { KitModel } from './dto/kit.model';
import { CreateKitInput, UpdateKitInput } from './dto/kit.input';
import { KitService } from './kit.service';

@Resolver(() => KitModel)
export class KitResolver {
  constructor(private readonly kitService: KitService) {}

  @Authenticated()
  @Query(() => [KitModel])
  kits(@CurrentActor() actor: Actor): Promise<KitModel[]> {
    return this.kitService.kits(actor);
  }

  @Authenticated()
  @Query(() => KitModel)
  kit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<KitModel> {
    return this.kitService.kit(actor, id);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => KitModel)
  createKit(@CurrentActor() actor: Actor, @Args('input') input: CreateKitInput): Promise<KitModel> {
    return this.kitService.create(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => KitModel)
  updateKit(@CurrentActor() actor: Actor, @Args('input') input: UpdateKitInput): Promise<KitModel> {
    return this.kitService.update(actor, input);
  }
}
