import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Connection } from '@api/core/graphql/connection';

@ObjectType('Candidate', {
  description: 'A person interviewed by the team. Candidates have no account; a deleted candidate is no longer listed or readable.',
})
export class CandidateModel {
  @Field(() => ID, { description: 'The candidate\u2019s id.' })
  id!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact email, lower-cased; null when not known.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'The role they are interviewing or practising for; null when not set.' })
  targetRole!: string | null;

  @Field(() => String, { description: 'Coordinators\u2019 free-text notes; empty when none.' })
  notes!: string;

  @Field(() => Int, { description: 'Raised by every change; pass it back as expectedVersion in updateCandidate.' })
  version!: number;

  @Field(() => Date, { description: 'When the record was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the record last changed.' })
  updatedAt!: Date;
}

export const CandidateConnection = Connection(CandidateModel, 'Candidate');
