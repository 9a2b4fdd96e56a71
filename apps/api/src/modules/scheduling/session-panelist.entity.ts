import { Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

import { UserEntity } from '@api/modules/identity/user.entity';

import { InterviewSessionEntity } from './interview-session.entity';
import { PanelRole } from '@api/core/session-status';

@Entity('session_panelist')
@Index('uq_session_panelist_session_user', ['sessionId', 'userId'], { unique: true })
@Index('idx_session_panelist_user', ['userId'])
@Exclusion('ex_session_panelist_no_double_booking', 'USING gist ("user_id" WITH =, "period" WITH &&) WHERE ("is_active")')
export class SessionPanelistEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_panelist_session' })
  session?: Relation<InterviewSessionEntity>;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_session_panelist_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: PanelRole, enumName: 'panel_role' })
  role!: PanelRole;

  /** The session's [start, end) while active; kept in step by SessionBookingService. */
  @Column('tstzrange')
  period!: string;

  @Column('boolean', { default: true })
  isActive!: boolean;
}
