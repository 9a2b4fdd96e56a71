import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';

import { Authenticated, CurrentActor } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import { type Loaders, RequestLoaders } from '@api/graphql/loaders';
import { SessionActivityKind, SessionActivityModel } from '@api/modules/live/session-activity';
import { SessionActivityPublisher } from '@api/modules/live/session-activity.publisher';
import { SessionModel } from '@api/modules/scheduling/dto/session.model';
import { SessionAccessService } from '@api/modules/scheduling/session-access.service';
import { SessionService } from '@api/modules/scheduling/session.service';

import { SessionNoteModel, SessionQuestionModel } from './dto/interview.model';
import {
  AddQuestionToSessionInput,
  MarkQuestionAskedInput,
  MyInterviewsArgs,
  SaveSessionNoteInput,
  SessionIdInput,
  SkipQuestionInput,
} from './dto/interview.input';
import { InterviewRoomService } from './interview-room.service';
import { SessionNoteService } from './session-note.service';

@Resolver(() => SessionModel)
export class InterviewResolver {
  constructor(
    private readonly access: SessionAccessService,
    private readonly activity: SessionActivityPublisher,
    private readonly notes: SessionNoteService,
    private readonly room: InterviewRoomService,
    private readonly sessions: SessionService,
  ) {}

  @Authenticated()
  @Query(() => [SessionModel], { description: 'Your sessions still to run or running, soonest first (interviewer home).' })
  myInterviews(
    @CurrentActor() actor: Actor,
    @Args() args: MyInterviewsArgs,
  ): Promise<SessionModel[]> {
    return this.sessions.upcoming(actor, args.days);
  }

  @ResolveField(() => [SessionQuestionModel], { description: 'The session\u2019s plan, in order.' })
  questions(@Parent() session: SessionModel, @RequestLoaders() loaders: Loaders): Promise<SessionQuestionModel[]> {
    return loaders.sessionPlansBySessionId.load(session.id);
  }

  @ResolveField(() => [SessionNoteModel], { description: 'Your own notes; nobody reads another interviewer\u2019s.' })
  myNotes(@Parent() session: SessionModel, @RequestLoaders() loaders: Loaders): Promise<SessionNoteModel[]> {
    return loaders.ownNotesBySessionId.load(session.id);
  }

  @Authenticated()
  @Mutation(() => SessionModel)
  startSession(@CurrentActor() actor: Actor, @Args('input') input: SessionIdInput): Promise<SessionModel> {
    return this.sessions.start(actor, input.sessionId);
  }

  @Authenticated()
  @Mutation(() => SessionModel)
  completeSession(@CurrentActor() actor: Actor, @Args('input') input: SessionIdInput): Promise<SessionModel> {
    return this.sessions.complete(actor, input.sessionId);
  }

  @Authenticated()
  @Mutation(() => SessionQuestionModel)
  markQuestionAsked(@CurrentActor() actor: Actor, @Args('input') input: MarkQuestionAskedInput): Promise<SessionQuestionModel> {
    return this.room.markAsked(actor, input);
  }

  @Authenticated()
  @Mutation(() => SessionQuestionModel)
  skipQuestion(@CurrentActor() actor: Actor, @Args('input') input: SkipQuestionInput): Promise<SessionQuestionModel> {
    return this.room.skip(actor, input);
  }

  @Authenticated()
  @Mutation(() => SessionQuestionModel)
  addQuestionToSession(@CurrentActor() actor: Actor, @Args('input') input: AddQuestionToSessionInput): Promise<SessionQuestionModel> {
    return this.room.addQuestion(actor, input);
  }

  @Authenticated()
  @Mutation(() => SessionNoteModel, { description: 'Autosave of one note; a stale expectedVersion is a CONFLICT.' })
  saveSessionNote(@CurrentActor() actor: Actor, @Args('input') input: SaveSessionNoteInput): Promise<SessionNoteModel> {
    return this.notes.save(actor, input);
  }

  @Authenticated()
  @Subscription(() => SessionActivityModel, {
    description: 'Live activity of a session: questions asked, panelists joining, scorecards submitted (never ratings).',
    // Through Redis the payload arrives as JSON: dates come back as strings.
    resolve: (payload: { sessionActivity: SessionActivityModel }) => ({
      ...payload.sessionActivity,
      at: new Date(payload.sessionActivity.at),
    }),
  })
  async sessionActivity(
    @CurrentActor() actor: Actor,
    @Args('sessionId', { type: () => ID }, new ParseUUIDPipe()) sessionId: string,
  ): Promise<AsyncIterableIterator<{ sessionActivity: SessionActivityModel }>> {
    const { seat } = await this.access.forViewer(actor, sessionId);
    const events = await this.activity.subscribe(sessionId);
    if (seat) {
      await this.activity.publish(SessionActivityKind.PANELIST_JOINED, sessionId, actor.userId);
    }

    return events;
  }
}
