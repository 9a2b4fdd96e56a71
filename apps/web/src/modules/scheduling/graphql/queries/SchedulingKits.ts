import { graphql } from '@web/generated';

export const SchedulingKitsQuery = graphql(`
  query SchedulingKits {
    kits {
      id
      name
      targetRole
      totalMinutes
    }
  }
`);
