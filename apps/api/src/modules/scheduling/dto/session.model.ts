import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { CandidateModel } from '@api/modules/candidate/dto/candidate.model';
import { UserModel } from '@api/modules/identity/dto/user.model';

import { PanelRole, SessionStatus } from '@api/modules/scheduling/session-status';

@ObjectType('Panelist')
export class PanelistModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => PanelRole)
  role!: PanelRole;
}

@ObjectType('SessionEvent', { description: 'One entry of a session\u2019s history.' })
export class SessionEventModel {
  @Field(() => String, { description: 'SCHEDULED, RESCHEDULED, STARTED, COMPLETED, CANCELLED, NO_SHOW' })
  kind!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => Date, { nullable: true })
  previousStartsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  newStartsAt!: Date | null;

  @Field(() => Boolean, { description: 'A coordinator overrode the reschedule policy.' })
  overrodePolicy!: boolean;

  @Field(() => String, { nullable: true, description: 'For NO_SHOW: CANDIDATE or INTERVIEWER' })
  party!: string | null;
}

@ObjectType('InterviewSession')
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => CandidateModel)
  candidate!: CandidateModel;

  @Field(() => ID)
  kitId!: string;

  @Field(() => String)
  kitName!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String, { description: 'IANA zone the session was planned in.' })
  timeZone!: string;

  @Field(() => String, { description: 'Room or meeting link.' })
  location!: string;

  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Simultaneous reveal: scorecards open to the panel after this even if some are missing.' })
  revealAt!: Date | null;

  @Field(() => [PanelistModel])
  panel!: PanelistModel[];

  @Field(() => [SessionEventModel])
  history!: SessionEventModel[];

  @Field(() => Int)
  rescheduleCount!: number;

  @Field(() => Int, { description: 'iCalendar SEQUENCE of the invitation.' })
  sequence!: number;

  @Field(() => Int)
  version!: number;
}

@ObjectType('Slot')
export class SlotModel {
  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => [UserModel])
  interviewers!: UserModel[];

  @Field(() => Int, { description: 'Lower is fairer: the panel\u2019s combined load.' })
  score!: number;
}
