import { Args, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { Authenticated, CurrentActor } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import type { ConnectionShape } from '@api/graphql/connection';
import { type Loaders, RequestLoaders } from '@api/graphql/loaders';
import { isFieldRequested } from '@api/graphql/requested-fields';
import { GuideModel } from '@api/modules/guide/dto/guide.model';

import { QuestionConnection, QuestionFacetsModel, QuestionModel } from './dto/question.model';
import { QuestionArgs, QuestionsArgs } from './dto/questions.args';
import { QuestionService } from './question.service';

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

  @ResolveField(() => GuideModel, { description: 'The guide the question comes from.' })
  async guide(@Parent() question: QuestionModel, @RequestLoaders() loaders: Loaders): Promise<GuideModel> {
    const guide = await loaders.guidesById.load(question.guideId);
    if (!guide) {
      throw new Error(`Guide ${question.guideId} of question ${question.id} is not visible`);
    }

    return guide;
  }
}
