import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Connection } from '@api/graphql/connection';

@ObjectType('Candidate')
export class CandidateModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  targetRole!: string | null;

  @Field(() => String)
  notes!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export const CandidateConnection = Connection(CandidateModel, 'Candidate');
