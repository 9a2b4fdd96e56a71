import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Connection } from '@api/graphql/connection';

@ObjectType('ProfileItem')
export class ProfileItemModel {
  @Field(() => String)
  label!: string;

  @Field(() => [String])
  details!: string[];
}

@ObjectType('ProfileSection')
export class ProfileSectionModel {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'before-questions or after-questions' })
  position!: string;

  @Field(() => [ProfileItemModel])
  items!: ProfileItemModel[];

  @Field(() => [String])
  notes!: string[];
}

@ObjectType('RoleProfile', { description: 'The non-question sections of a guide.' })
export class RoleProfileModel {
  @Field(() => [ProfileSectionModel])
  sections!: ProfileSectionModel[];
}

@ObjectType('Guide')
export class GuideModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true })
  vertical!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => String, { nullable: true })
  author!: string | null;

  @Field(() => String, { nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true })
  modifiedOn!: string | null;

  @Field(() => String)
  contentHash!: string;

  @Field(() => String, { nullable: true })
  sourceFileName!: string | null;

  @Field(() => Date)
  importedAt!: Date;

  @Field(() => RoleProfileModel)
  profile!: RoleProfileModel;

  @Field(() => Int, { description: 'Active (not retired) questions.' })
  questionCount!: number;
}

export const GuideConnection = Connection(GuideModel, 'Guide');
