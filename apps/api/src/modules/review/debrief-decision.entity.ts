import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';

import { DebriefDecisionKind } from './debrief-decision-kind';

/** A coordinator's decision on a candidate; append-only, the latest one counts. */
@Entity('debrief_decision')
@Index('idx_debrief_decision_candidate', ['candidateId', 'decidedAt'])
export class DebriefDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_debrief_decision_team' })
  team?: Relation<TeamEntity>;

  @Column('uuid')
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'fk_debrief_decision_candidate' })
  candidate?: Relation<CandidateEntity>;

  @Column({ type: 'enum', enum: DebriefDecisionKind, enumName: 'debrief_decision_kind' })
  decision!: DebriefDecisionKind;

  @Column('text')
  rationale!: string;

  @Column('uuid', { nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'fk_debrief_decision_decided_by' })
  decidedBy?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt!: Date;
}
