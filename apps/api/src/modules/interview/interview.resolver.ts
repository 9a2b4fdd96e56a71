import { Args, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';

import { Authenticated, CurrentActor } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { IdArg } from '@api/core/graphql/id-arg';
import { RequestLoaders } from '@api/core/graphql/request-loaders';
import type { KitLoaders } from '@api/modules/kit/kit.loaders';
import { RoomPresenceService } from '@api/modules/live/room-presence.service';
import { RoomPresenceModel, SessionActivityModel } from '@api/modules/live/session-activity';
import { SessionActivityPublisher } from '@api/modules/live/session-activity.publisher';
import { SessionModel } from '@api/modules/scheduling/dto/session.model';
import { SessionAccessService } from '@api/modules/scheduling/session-access.service';
import { SessionLifecycleService } from '@api/modules/scheduling/session-lifecycle.service';
import { SessionService } from '@api/modules/scheduling/session.service';

import { SessionNoteModel, SessionQuestionModel } from './dto/interview.model';
import {
  AddQuestionToSessionInput,
  MarkQuestionAskedInput,
  MyInterviewsArgs,
  SaveSessionNoteInput,
  SessionActivityHistoryArgs,
  SessionIdInput,
  SkipQuestionInput,
} from './dto/interview.input';
import { InterviewRoomService } from './interview-room.service';
import { SessionNoteService } from './session-note.service';
import type { InterviewLoaders } from './interview.loaders';

@Resolver(() => SessionModel)
export class InterviewResolver {
  constructor(
    private readonly access: SessionAccessService,
    private readonly activity: SessionActivityPublisher,
    private readonly notes: SessionNoteService,
    private readonly presence: RoomPresenceService,
    private readonly room: InterviewRoomService,
    private readonly sessions: SessionService,
    private readonly lifecycle: SessionLifecycleService,
  ) {}

  @Authenticated()
  @Query(() => [SessionModel], {
    description:
      'The caller\u2019s own scheduled or running sessions in the current team (as any panel role), soonest first: the interviewer home. Any member of the team.',
  })
  myInterviews(
    @CurrentActor() actor: Actor,
    @Args() args: MyInterviewsArgs,
  ): Promise<SessionModel[]> {
    return this.sessions.upcoming(actor, args.days);
  }

  @Authenticated()
  @Query(() => [SessionActivityModel], {
    description: 'The session\u2019s latest live activity, newest first: what a reload or a late joiner missed. Readable by whoever may subscribe to it.',
  })
  async sessionActivityHistory(@CurrentActor() actor: Actor, @Args() args: SessionActivityHistoryArgs): Promise<SessionActivityModel[]> {
    const { session } = await this.access.forViewer(actor, args.sessionId);

    return this.activity.history(session.id, args.last);
  }

  @Authenticated()
  @Query(() => [RoomPresenceModel], { description: 'Who has the interview room open now, across every API replica.' })
  async sessionPresence(@CurrentActor() actor: Actor, @IdArg('sessionId', { description: 'The session whose room to look into.' }) sessionId: string): Promise<RoomPresenceModel[]> {
    const { session } = await this.access.forViewer(actor, sessionId);

    return this.presence.present(session.id);
  }

  @ResolveField(() => String, { description: 'The kit\u2019s instructions to the interviewers, as the kit stands.' })
  async kitInstructions(@Parent() session: SessionModel, @RequestLoaders() loaders: InterviewLoaders & KitLoaders): Promise<string> {
    return (await loaders.kitInstructionsByKitId.load(session.kitId))?.instructions ?? '';
  }

  @ResolveField(() => [SessionQuestionModel], { description: 'The session\u2019s plan, in order.' })
  questions(@Parent() session: SessionModel, @RequestLoaders() loaders: InterviewLoaders & KitLoaders): Promise<SessionQuestionModel[]> {
    return loaders.sessionPlansBySessionId.load(session.id);
  }

  @ResolveField(() => [SessionNoteModel], { description: 'The caller\u2019s own notes on this session; nobody reads another interviewer\u2019s.' })
  myNotes(@Parent() session: SessionModel, @RequestLoaders() loaders: InterviewLoaders & KitLoaders): Promise<SessionNoteModel[]> {
    return loaders.ownNotesBySessionId.load(session.id);
  }

  @Authenticated()
  @Mutation(() => SessionModel, {
    description:
      'Opens the room: SCHEDULED becomes IN_PROGRESS, at the earliest 30 minutes before startsAt (else CONFLICT reason TOO_EARLY); a running session is left as it is. The lead or a co-interviewer, or any coordinator.',
  })
  startSession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session to start.' }) input: SessionIdInput,
  ): Promise<SessionModel> {
    return this.lifecycle.start(actor, input.sessionId);
  }

  @Authenticated()
  @Mutation(() => SessionModel, {
    description:
      'Closes the room: IN_PROGRESS becomes COMPLETED (a completed session is left as it is; one not started is CONFLICT). Scorecards fall due from now. The lead or a co-interviewer, or any coordinator.',
  })
  completeSession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session to complete.' }) input: SessionIdInput,
  ): Promise<SessionModel> {
    return this.lifecycle.complete(actor, input.sessionId);
  }

  @Authenticated()
  @Mutation(() => SessionQuestionModel, {
    description:
      'Marks a question of a running session asked (pinning its current revision, and clearing a skip), or takes the mark back; the panel sees it live. The session\u2019s lead or a co-interviewer.',
  })
  markQuestionAsked(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The plan entry and whether it was asked.' }) input: MarkQuestionAskedInput,
  ): Promise<SessionQuestionModel> {
    return this.room.markAsked(actor, input);
  }

  @Authenticated()
  @Mutation(() => SessionQuestionModel, {
    description:
      'Skips a question of a running session that was not asked, or brings it back; the panel sees it live. The session\u2019s lead or a co-interviewer.',
  })
  skipQuestion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The plan entry and whether it is skipped.' }) input: SkipQuestionInput,
  ): Promise<SessionQuestionModel> {
    return this.room.skip(actor, input);
  }

  @Authenticated()
  @Mutation(() => SessionQuestionModel, {
    description:
      'Adds a bank question at the end of a scheduled or running session\u2019s plan; the panel sees it live. The session\u2019s lead or a co-interviewer.',
  })
  addQuestionToSession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session, the bank question and its planned minutes.' }) input: AddQuestionToSessionInput,
  ): Promise<SessionQuestionModel> {
    return this.room.addQuestion(actor, input);
  }

  @Authenticated()
  @Mutation(() => SessionNoteModel, {
    description:
      'Autosave of one of the caller\u2019s own notes (the whole note each time); a stale expectedVersion is CONFLICT unless editId repeats the stored save. Closed on cancelled and no-show sessions. Any panelist of the session, shadows included.',
  })
  saveSessionNote(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The note\u2019s full content, its version and the client edit id.' }) input: SaveSessionNoteInput,
  ): Promise<SessionNoteModel> {
    return this.notes.save(actor, input);
  }

  @Authenticated()
  @Subscription(() => SessionActivityModel, {
    description:
      'Live activity of a session: questions asked, panelists joining and leaving, scorecards submitted (never ratings). With inRoom, this connection counts as you having the room open (sessionPresence).',
    // Through Redis the payload arrives as JSON: dates come back as strings.
    resolve: (payload: { sessionActivity: SessionActivityModel }) => ({
      ...payload.sessionActivity,
      at: new Date(payload.sessionActivity.at),
    }),
  })
  async sessionActivity(
    @CurrentActor() actor: Actor,
    @IdArg('sessionId', { description: 'The session to follow.' }) sessionId: string,
    @Args('inRoom', { type: () => Boolean, defaultValue: false, description: 'True from the interview room itself (not e.g. the scorecard page).' })
    inRoom: boolean,
  ): Promise<AsyncIterableIterator<{ sessionActivity: SessionActivityModel }>> {
    const { session } = await this.access.forViewer(actor, sessionId);
    const events = await this.activity.subscribe(session.id);

    return inRoom ? this.presence.track(session.id, actor.userId, events) : events;
  }
}
