import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';

import { Authenticated, CurrentActor, Roles } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import type { ConnectionShape } from '@api/graphql/connection';
import { type Loaders, RequestLoaders } from '@api/graphql/loaders';
import { isFieldRequested } from '@api/graphql/requested-fields';
import { GuideModel } from '@api/modules/guide/dto/guide.model';
import { TeamRole } from '@api/modules/team/team-role';

import { QuestionConnection, QuestionFacetsModel, QuestionModel, QuestionRevisionModel } from './dto/question.model';
import { CreateQuestionInput, UpdateQuestionInput } from './dto/question-editing.input';
import { QuestionArgs, QuestionsArgs } from './dto/questions.args';
import { QuestionEditingService } from './question-editing.service';
import { QuestionService } from './question.service';

@Authenticated()
@Resolver(() => QuestionModel)
export class QuestionResolver {
  constructor(
    private readonly questionService: QuestionService,
    private readonly editingService: QuestionEditingService,
  ) {}

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

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => QuestionModel, {
    description:
      'Adds a question written in the app to one of the team\u2019s guides, at the end of its kind, as revision 1; searchable at once; audited. Re-importing a changed guide file retires it unless the file holds it. Coordinators only.',
  })
  createQuestion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The guide and the new question.' }) input: CreateQuestionInput,
  ): Promise<QuestionModel> {
    return this.editingService.create(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => QuestionModel, {
    description:
      'Edits a question as a new revision (optimistic: expectedRevision); sessions keep the revision they asked; an edit that changes nothing writes nothing; a retired question answers BAD_USER_INPUT (reason QUESTION_RETIRED); audited. Re-importing a changed guide file replaces the edit with the file\u2019s text. Coordinators only.',
  })
  updateQuestion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The question, the revision the edit started from, and what to change.' }) input: UpdateQuestionInput,
  ): Promise<QuestionModel> {
    return this.editingService.update(actor, input);
  }

  @ResolveField(() => [QuestionRevisionModel], { description: 'Every revision of the question, oldest first.' })
  revisions(@Parent() question: QuestionModel, @RequestLoaders() loaders: Loaders): Promise<QuestionRevisionModel[]> {
    return loaders.questionRevisionsByQuestionId.load(question.id);
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
