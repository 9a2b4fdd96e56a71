import { graphql } from '@web/generated';

export const AuditFilterOptionsQuery = graphql(`
  query AuditFilterOptions {
    auditFacets {
      actions
      recordTypes
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
