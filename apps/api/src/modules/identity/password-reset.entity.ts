import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

import { UserEntity } from './user.entity';

export enum PasswordResetPurpose {
  /** "Forgot password?" from the sign-in page. */
  RESET = 'RESET',
  /** A one-time sign-in link printed by the admin CLI (first account, break-glass). */
  SIGN_IN_LINK = 'SIGN_IN_LINK',
}

registerEnumType(PasswordResetPurpose, {
  name: 'PasswordResetPurpose',
  description: 'Why a single-use password link was issued.',
  valuesMap: {
    RESET: { description: '"Forgot password?" on the sign-in page: an emailed link, valid PASSWORD_RESET_TTL_MINUTES (default 60).' },
    SIGN_IN_LINK: { description: 'A one-time sign-in link printed by the admin CLI (a first account or a way back in), valid 24 hours.' },
  },
});

/** A single-use secret that lets its holder set a new password; only its hash is stored. */
@Entity('password_reset')
@Index('uq_password_reset_token_hash', ['tokenHash'], { unique: true })
@Index('idx_password_reset_user_id', ['userId'])
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_password_reset' })
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_password_reset_user' })
  user?: Relation<UserEntity>;

  @Column('char', { length: 64 })
  tokenHash!: string;

  @Column({ type: 'enum', enum: PasswordResetPurpose, enumName: 'password_reset_purpose' })
  purpose!: PasswordResetPurpose;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
