import { Args, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { Authenticated, CurrentActor } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import type { ConnectionShape } from '@api/core/graphql/connection';
import { RequestLoaders } from '@api/core/graphql/request-loaders';
import { isFieldRequested } from '@api/core/graphql/requested-fields';

import { QuestionConnection, QuestionFacetsModel, QuestionModel, QuestionRevisionModel } from './dto/question.model';
import { QuestionArgs, QuestionsArgs } from './dto/questions.args';
import { QuestionService } from './question.service';
import type { QuestionLoaders } from './question.loaders';

@Authenticated()
@Resolver(() => QuestionModel)
export class QuestionResolver {
  constructor(private readonly questionService: QuestionService) {}

  @Query(() => QuestionConnection, {
    description: 'Browse (by guide title and order) or full-text search (by rank) the current team\u2019s question bank, paged. Any member of the team.',
  })
  questions(
    @CurrentActor() actor: Actor,
    @Args() args: QuestionsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<QuestionModel>> {
    return this.questionService.questions(actor, args, isFieldRequested(info, 'totalCount'));
  }

  @Query(() => QuestionModel, {
    description: 'One question of the current team at its current revision, retired or not; NOT_FOUND otherwise. Any member of the team.',
  })
  question(@CurrentActor() actor: Actor, @Args() args: QuestionArgs): Promise<QuestionModel> {
    return this.questionService.question(actor, args.id);
  }

  @Query(() => QuestionFacetsModel, { description: 'Kinds, tags and verticals of the active questions, with counts, for filter menus. Any member of the team.' })
  questionFacets(@CurrentActor() actor: Actor): Promise<QuestionFacetsModel> {
    return this.questionService.facets(actor);
  }

  @ResolveField(() => [QuestionRevisionModel], { description: 'Every revision of the question, oldest first.' })
  revisions(@Parent() question: QuestionModel, @RequestLoaders() loaders: QuestionLoaders): Promise<QuestionRevisionModel[]> {
    return loaders.questionRevisionsByQuestionId.load(question.id);
  }
}
