import { graphql } from '@web/generated';

// AnswerField is recursive; GraphQL selections are not. Three levels cover the
// deepest nesting the guide format produces (field > child > child's items).
export const AnswerFieldFieldsFragment = graphql(`
  fragment AnswerFieldFields on AnswerField {
    label
    text
    items
    ordered
    children {
      label
      text
      items
      ordered
      children {
        label
        text
        items
        ordered
      }
    }
  }
`);
