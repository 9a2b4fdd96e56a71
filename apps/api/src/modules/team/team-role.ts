import { registerEnumType } from '@nestjs/graphql';

export enum TeamRole {
  COORDINATOR = 'COORDINATOR',
  INTERVIEWER = 'INTERVIEWER',
}

registerEnumType(TeamRole, {
  name: 'TeamRole',
  description: 'A member role, held per team.',
});
