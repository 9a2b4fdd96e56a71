import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import type { GuideWarning, RoleProfile } from '@panelwise/guide-parser';
import type { JsonObject } from '@panelwise/shared-util';

import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';

/** One imported Markdown interview guide; its questions hang off it. */
@Entity('guide')
@Index('uq_guide_team_slug', ['teamId', 'slug'], { unique: true })
export class GuideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_guide_team' })
  team?: Relation<TeamEntity>;

  @Column('varchar', { length: 200 })
  slug!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('text', { nullable: true })
  category!: string | null;

  @Column('text', { nullable: true })
  vertical!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  tags!: string[];

  @Column('text', { nullable: true })
  author!: string | null;

  @Column('varchar', { length: 40, nullable: true })
  publishedOn!: string | null;

  @Column('varchar', { length: 40, nullable: true })
  modifiedOn!: string | null;

  @Column('jsonb', { default: {} })
  extra!: JsonObject;

  @Column('jsonb')
  profile!: RoleProfile;

  @Column('char', { length: 64 })
  contentHash!: string;

  /** What the parser worked around in the stored content (the last import with a change). */
  @Column('jsonb', { default: () => "'[]'" })
  importWarnings!: GuideWarning[];

  @Column('varchar', { length: 300, nullable: true })
  sourceFileName!: string | null;

  @Column('timestamptz')
  importedAt!: Date;

  @Column('uuid', { nullable: true })
  importedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'imported_by_id', foreignKeyConstraintName: 'fk_guide_imported_by' })
  importedBy?: Relation<UserEntity>;

  /** Set while the guide is retired: its questions are out of the bank, kits show them as retired. */
  @Column('timestamptz', { nullable: true })
  retiredAt!: Date | null;

  /** Set once the guide is deleted: the row is a tombstone (slug `deleted:<id>`) for asked questions. */
  @Column('timestamptz', { nullable: true })
  deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
