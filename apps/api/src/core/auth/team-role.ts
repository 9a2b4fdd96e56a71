import { registerEnumType } from '@nestjs/graphql';

export enum TeamRole {
  COORDINATOR = 'COORDINATOR',
  INTERVIEWER = 'INTERVIEWER',
}

registerEnumType(TeamRole, {
  name: 'TeamRole',
  description: 'A member role, held per team.',
  valuesMap: {
    COORDINATOR: { description: 'Runs the team: members, guides, kits, rubrics, candidates, scheduling, reviews and settings.' },
    INTERVIEWER: { description: 'Sets availability, runs the sessions they are on and scores them; reads the bank, kits and rubrics.' },
  },
});
