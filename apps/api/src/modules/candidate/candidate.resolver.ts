import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { Authenticated, CurrentActor, Roles } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import type { ConnectionShape } from '@api/graphql/connection';
import { isFieldRequested } from '@api/graphql/requested-fields';
import { TeamRole } from '@api/modules/team/team-role';

import { CandidateService } from './candidate.service';
import { CandidateConnection, CandidateModel } from './dto/candidate.model';
import { CandidatePrivacyService } from './candidate-privacy.service';
import { CandidatesArgs, CreateCandidateInput, DeleteCandidateInput, MergeCandidatesInput, UpdateCandidateInput } from './dto/candidate.input';

@Resolver(() => CandidateModel)
export class CandidateResolver {
  constructor(
    private readonly candidateService: CandidateService,
    private readonly privacy: CandidatePrivacyService,
  ) {}

  @Authenticated()
  @Query(() => CandidateConnection)
  candidates(
    @CurrentActor() actor: Actor,
    @Args() args: CandidatesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<CandidateModel>> {
    return this.candidateService.candidates(actor, args, isFieldRequested(info, 'totalCount'));
  }

  @Authenticated()
  @Query(() => CandidateModel)
  candidate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<CandidateModel> {
    return this.candidateService.candidate(actor, id);
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => [[CandidateModel]], { description: 'Groups of candidates sharing an email, to merge.' })
  candidateDuplicates(@CurrentActor() actor: Actor): Promise<CandidateModel[][]> {
    return this.candidateService.duplicates(actor);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => CandidateModel)
  createCandidate(@CurrentActor() actor: Actor, @Args('input') input: CreateCandidateInput): Promise<CandidateModel> {
    return this.candidateService.create(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => CandidateModel)
  updateCandidate(@CurrentActor() actor: Actor, @Args('input') input: UpdateCandidateInput): Promise<CandidateModel> {
    return this.candidateService.update(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => CandidateModel)
  mergeCandidates(@CurrentActor() actor: Actor, @Args('input') input: MergeCandidatesInput): Promise<CandidateModel> {
    return this.candidateService.merge(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => Boolean, { description: 'Deletes a candidate on request: personal data and notes go, anonymous ratings stay.' })
  deleteCandidate(@CurrentActor() actor: Actor, @Args('input') input: DeleteCandidateInput): Promise<boolean> {
    return this.privacy.delete(actor, input);
  }
}
