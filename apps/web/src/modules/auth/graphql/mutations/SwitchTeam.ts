import { graphql } from '@web/generated';

export const SwitchTeamMutation = graphql(`
  mutation SwitchTeam($input: SwitchTeamInput!) {
    switchTeam(input: $input) {
      ...ViewerFields
    }
  }
`);
