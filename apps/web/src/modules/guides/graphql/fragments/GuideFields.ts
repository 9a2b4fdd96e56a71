import { graphql } from '@web/generated';

/** What a guide shows in a list. */
export const GuideFieldsFragment = graphql(`
  fragment GuideFields on Guide {
    id
    title
    slug
    category
    vertical
    tags
    questionCount
    importedAt
    retiredAt
  }
`);
