import { graphql } from '@web/generated';

export const AnalyticsFilterOptionsQuery = graphql(`
  query AnalyticsFilterOptions {
    kits {
      id
      name
    }
    members {
      id
      active
      user {
        id
        name
      }
    }
  }
`);
