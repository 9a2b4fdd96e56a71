import { graphql } from '@web/generated';

export const QuestionBankFacetsQuery = graphql(`
  query QuestionBankFacets {
    questionFacets {
      kinds {
        ...FacetCountFields
      }
      tags {
        ...FacetCountFields
      }
      verticals {
        ...FacetCountFields
      }
    }
  }
`);
