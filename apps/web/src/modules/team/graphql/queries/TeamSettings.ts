import { graphql } from '@web/generated';

export const TeamSettingsQuery = graphql(`
  query TeamSettings {
    team {
      ...TeamSettingsFields
    }
  }
`);
