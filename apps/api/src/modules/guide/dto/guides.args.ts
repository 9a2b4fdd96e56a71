import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';

import { MaxChars } from '@api/core/graphql/max-chars';
import { PageArgs } from '@api/core/graphql/page.args';

export enum GuideStatusFilter {
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
  ALL = 'ALL',
}

registerEnumType(GuideStatusFilter, {
  name: 'GuideStatusFilter',
  description: 'Which guides a list holds: active ones, retired ones, or both. Deleted guides are never listed.',
  valuesMap: {
    ACTIVE: { description: 'Guides in use: their questions are in the bank.' },
    RETIRED: { description: 'Retired guides (coordinators only; an interviewer gets FORBIDDEN).' },
    ALL: { description: 'Active and retired guides (coordinators only; an interviewer gets FORBIDDEN).' },
  },
});

@ArgsType()
export class GuidesArgs extends PageArgs({ defaultPageSize: 50 }) {
  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive substring of title, slug, category or vertical, at most 200 characters; null or blank for all.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  search?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Only guides whose stored content has import warnings (importWarnings not empty).' })
  @IsBoolean()
  withWarnings!: boolean;

  @Field(() => GuideStatusFilter, {
    defaultValue: GuideStatusFilter.ACTIVE,
    description: 'Active guides (the default), retired ones or both; only coordinators may ask for retired ones.',
  })
  @IsEnum(GuideStatusFilter)
  status!: GuideStatusFilter;
}

@ArgsType()
export class GuideArgs {
  @Field(() => ID, { description: 'The guide\u2019s id.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
