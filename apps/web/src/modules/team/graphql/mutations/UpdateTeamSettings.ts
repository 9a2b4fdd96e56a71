import { graphql } from '@web/generated';

export const UpdateTeamSettingsMutation = graphql(`
  mutation UpdateTeamSettings($input: UpdateTeamSettingsInput!) {
    updateTeamSettings(input: $input) {
      ...TeamSettingsFields
    }
  }
`);
