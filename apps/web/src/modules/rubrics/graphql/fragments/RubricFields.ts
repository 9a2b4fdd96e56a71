import { graphql } from '@web/generated';

export const RubricFieldsFragment = graphql(`
  fragment RubricFields on Rubric {
    id
    name
    description
    defaultForKind
    defaultForKindName
    version
    versionId
    updatedAt
    scale {
      level
      label
    }
    competencies {
      id
      name
      description
      anchors {
        level
        text
      }
    }
  }
`);
