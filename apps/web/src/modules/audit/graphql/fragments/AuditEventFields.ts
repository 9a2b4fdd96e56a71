import { graphql } from '@web/generated';

export const AuditEventFieldsFragment = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    at
    action
    actor {
      id
      name
    }
    recordType
    recordId
    recordName
    details
  }
`);
