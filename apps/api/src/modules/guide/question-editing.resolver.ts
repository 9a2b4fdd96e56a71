import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { RequestLoaders } from '@api/core/graphql/request-loaders';
import { QuestionModel } from '@api/modules/question/dto/question.model';

import { GuideModel } from './dto/guide.model';
import { CreateQuestionInput, UpdateQuestionInput } from './dto/question-editing.input';
import type { GuideLoaders } from './guide.loaders';
import { QuestionEditingService } from './question-editing.service';

/** A question as part of its guide: which guide it comes from, and writing questions into guides. */
@Authenticated()
@Resolver(() => QuestionModel)
export class QuestionEditingResolver {
  constructor(private readonly editingService: QuestionEditingService) {}

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

  @ResolveField(() => GuideModel, { description: 'The guide the question comes from.' })
  async guide(@Parent() question: QuestionModel, @RequestLoaders() loaders: GuideLoaders): Promise<GuideModel> {
    const guide = await loaders.guidesById.load(question.guideId);
    if (!guide) {
      throw new Error(`Guide ${question.guideId} of question ${question.id} is not visible`);
    }

    return guide;
  }
}
