import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Connection } from '@api/core/graphql/connection';

import { GuideWarningModel } from './import-report.model';

@ObjectType('ProfileItem', { description: 'One bullet of a role-profile section, with its sub-bullets.' })
export class ProfileItemModel {
  @Field(() => String, { description: 'The bullet\u2019s text, e.g. a certification or degree.' })
  label!: string;

  @Field(() => [String], { description: 'Its nested bullets, in document order; empty when none.' })
  details!: string[];
}

@ObjectType('ProfileSection', { description: 'One non-question section of a guide, e.g. Certifications or Education.' })
export class ProfileSectionModel {
  @Field(() => String, { description: 'The section\u2019s heading as written in the guide.' })
  title!: string;

  @Field(() => String, { description: 'Where it stood in the guide: before-questions or after-questions.' })
  position!: string;

  @Field(() => [ProfileItemModel], { description: 'Its bullets, in document order.' })
  items!: ProfileItemModel[];

  @Field(() => [String], { description: 'Its paragraphs that are not bullets, in document order.' })
  notes!: string[];
}

@ObjectType('RoleProfile', { description: 'The non-question sections of a guide.' })
export class RoleProfileModel {
  @Field(() => [ProfileSectionModel], { description: 'The sections in document order.' })
  sections!: ProfileSectionModel[];
}

@ObjectType('Guide', { description: 'One imported Markdown interview guide of the team, the source of its bank questions.' })
export class GuideModel {
  @Field(() => ID, { description: 'The guide\u2019s id; it stays the same when the guide is re-imported.' })
  id!: string;

  @Field(() => String, {
    description: 'Identifies the guide within the team (from its frontmatter slug, file name or title), at most 200 characters; re-importing a file with the same slug updates this guide.',
  })
  slug!: string;

  @Field(() => String, { description: 'The title (frontmatter term or title, else the first heading or the file name).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Frontmatter description, else the guide\u2019s introduction; null when neither.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Frontmatter category; null when not given.' })
  category!: string | null;

  @Field(() => String, { nullable: true, description: 'Frontmatter vertical (industry); null when not given.' })
  vertical!: string | null;

  @Field(() => [String], { description: 'Frontmatter tags; filter the bank with questions(tag).' })
  tags!: string[];

  @Field(() => String, { nullable: true, description: 'Frontmatter author; null when not given.' })
  author!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Frontmatter publication date: YYYY-MM-DD when it is a plain date, otherwise the text as written (at most 40 characters); null when not given.',
  })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Frontmatter modification date, in the same format as publishedOn; null when not given.' })
  modifiedOn!: string | null;

  @Field(() => String, {
    description: 'SHA-256 (64 hex digits) of the imported text with line endings normalised; an import of the same content changes nothing.',
  })
  contentHash!: string;

  @Field(() => String, { nullable: true, description: 'The file name of the last import; null when unknown.' })
  sourceFileName!: string | null;

  @Field(() => Date, { description: 'When the guide was last imported with a change.' })
  importedAt!: Date;

  @Field(() => RoleProfileModel, { description: 'The guide\u2019s non-question sections (certifications, education, \u2026).' })
  profile!: RoleProfileModel;

  @Field(() => Int, { description: 'Active (not retired) questions.' })
  questionCount!: number;

  @Field(() => [GuideWarningModel], {
    description: 'What the parser worked around in the stored content, by line (from the last import with a change); empty when none.',
  })
  importWarnings!: GuideWarningModel[];

  @Field(() => Date, {
    nullable: true,
    description: 'When the guide was retired (its questions left the bank; restoreGuide brings them back); null while active.',
  })
  retiredAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the guide was deleted; null otherwise. Only a question a session used still leads to a deleted guide (its title is kept).',
  })
  deletedAt!: Date | null;
}

export const GuideConnection = Connection(GuideModel, 'Guide');
