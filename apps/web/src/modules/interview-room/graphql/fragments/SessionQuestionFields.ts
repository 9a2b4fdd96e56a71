import { graphql } from '@web/generated';

/**
 * One question of a session's plan, with what the room shows of it. The
 * model answer is spelled out rather than spread from the questions module's
 * fragments: the API caps query depth and counts each fragment spread as two
 * levels, and AnswerField nests three deep (field > child > child).
 */
export const SessionQuestionFieldsFragment = graphql(`
  fragment SessionQuestionFields on SessionQuestion {
    id
    sessionId
    position
    plannedMinutes
    fromKit
    askedAt
    askedBy {
      id
      name
    }
    skippedAt
    previouslyAskedAt
    question {
      id
      revisionId
      prompt
      kind
      kindKey
      kindName
      number
      guide {
        id
        title
      }
      answer {
        summary
        fields {
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
        parts {
          title
          fields {
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
        }
      }
      followUps {
        text
        response
      }
    }
  }
`);
