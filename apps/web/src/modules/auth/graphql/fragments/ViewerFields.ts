import { graphql } from '@web/generated';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    user {
      id
      name
      email
      timeZone
    }
    currentTeam {
      id
      name
    }
    role
    canCreateTeam
    emailPreferences {
      sessionUpdates
      scorecardUpdates
    }
    memberships {
      id
      role
      team {
        id
        name
      }
    }
  }
`);
