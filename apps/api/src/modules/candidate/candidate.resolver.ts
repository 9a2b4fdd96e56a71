import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { Authenticated, CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import type { ConnectionShape } from '@api/core/graphql/connection';
import { IdArg } from '@api/core/graphql/id-arg';
import { isFieldRequested } from '@api/core/graphql/requested-fields';

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
  @Query(() => CandidateConnection, { description: 'The current team\u2019s candidates by name, paged. Any member of the team.' })
  candidates(
    @CurrentActor() actor: Actor,
    @Args() args: CandidatesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<CandidateModel>> {
    return this.candidateService.candidates(actor, args, isFieldRequested(info, 'totalCount'));
  }

  @Authenticated()
  @Query(() => CandidateModel, { description: 'One candidate of the current team; NOT_FOUND otherwise. Any member of the team.' })
  candidate(@CurrentActor() actor: Actor, @IdArg('id', { description: 'The candidate\u2019s id.' }) id: string): Promise<CandidateModel> {
    return this.candidateService.candidate(actor, id);
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => [[CandidateModel]], {
    description: 'Groups of two or more candidates sharing an email (case-insensitive), to merge with mergeCandidates. Coordinators only.',
  })
  candidateDuplicates(@CurrentActor() actor: Actor): Promise<CandidateModel[][]> {
    return this.candidateService.duplicates(actor);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => CandidateModel, { description: 'Adds a candidate to the current team. Coordinators only.' })
  createCandidate(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new candidate\u2019s details.' }) input: CreateCandidateInput,
  ): Promise<CandidateModel> {
    return this.candidateService.create(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => CandidateModel, { description: 'Changes a candidate\u2019s details (optimistic: expectedVersion). Coordinators only.' })
  updateCandidate(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The candidate, its new details and the version the edit started from.' }) input: UpdateCandidateInput,
  ): Promise<CandidateModel> {
    return this.candidateService.update(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => CandidateModel, {
    description: 'Folds duplicates with the same email into one candidate in one transaction and answers it; audited. Coordinators only.',
  })
  mergeCandidates(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The candidate that stays and the duplicates to fold into it.' }) input: MergeCandidatesInput,
  ): Promise<CandidateModel> {
    return this.candidateService.merge(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => Boolean, {
    description:
      'Deletes a candidate on request: personal data, notes, evidence and rationales go, their upcoming sessions are cancelled, anonymous ratings stay. Answers true. Coordinators only.',
  })
  deleteCandidate(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The candidate and the reason for the deletion.' }) input: DeleteCandidateInput,
  ): Promise<boolean> {
    return this.privacy.delete(actor, input);
  }
}
