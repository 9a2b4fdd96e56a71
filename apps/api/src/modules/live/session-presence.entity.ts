import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

import { UserEntity } from '@api/modules/identity/user.entity';
import { InterviewSessionEntity } from '@api/modules/scheduling/interview-session.entity';

/** One open room connection: refreshed while it lives, closed when it ends, stale when its replica died. */
@Entity('session_presence')
@Index('idx_session_presence_session_user', ['sessionId', 'userId'])
export class SessionPresenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_presence_session' })
  session?: Relation<InterviewSessionEntity>;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_session_presence_user' })
  user?: Relation<UserEntity>;

  @Column('timestamptz', { default: () => 'now()' })
  connectedAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  lastSeenAt!: Date;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}
