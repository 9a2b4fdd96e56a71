import { graphql } from '@web/generated';

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      ...ViewerFields
    }
  }
`);
