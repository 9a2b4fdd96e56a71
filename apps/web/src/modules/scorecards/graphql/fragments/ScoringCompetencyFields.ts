import { graphql } from '@web/generated';

export const ScoringCompetencyFieldsFragment = graphql(`
  fragment ScoringCompetencyFields on Competency {
    id
    name
    description
    anchors {
      level
      text
    }
  }
`);
