import { graphql } from '@web/generated';

export const RoleProfileFieldsFragment = graphql(`
  fragment RoleProfileFields on RoleProfile {
    sections {
      title
      position
      notes
      items {
        label
        details
      }
    }
  }
`);
