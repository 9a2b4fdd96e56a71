import { graphql } from '@web/generated';

/** The title of the guide a filter was opened with (from the URL). */
export const GuideOptionLabelQuery = graphql(`
  query GuideOptionLabel($id: ID!) {
    guide(id: $id) {
      id
      title
    }
  }
`);
