import { graphql } from '@web/generated';

/** The live part of the room, refetched when the panel acts. */
export const InterviewRoomPlanQuery = graphql(`
  query InterviewRoomPlan($id: ID!) {
    session(id: $id) {
      id
      status
      version
      startsAt
      endsAt
      startedAt
      completedAt
      questions {
        ...SessionQuestionFields
      }
    }
  }
`);
