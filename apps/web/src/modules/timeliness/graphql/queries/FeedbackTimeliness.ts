import { graphql } from '@web/generated';

export const FeedbackTimelinessQuery = graphql(`
  query FeedbackTimeliness {
    team {
      id
      reminderAfterHours
      escalateAfterHours
      scorecardDueHours
    }
    feedbackTimeliness {
      interviewers {
        interviewer {
          id
          name
        }
        due
        overdue
        oldestOutstandingHours
        submitted
        medianHours
      }
      outstanding {
        sessionId
        candidateName
        interviewer {
          id
          name
        }
        endedAt
        ageHours
        overdue
        reminded
        escalated
      }
      teamMedianHours
    }
  }
`);
