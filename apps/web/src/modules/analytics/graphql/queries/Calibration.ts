import { graphql } from '@web/generated';

export const CalibrationQuery = graphql(`
  query Calibration($filter: AnalyticsFilterInput!) {
    calibration(filter: $filter) {
      interviewers {
        interviewer {
          id
          name
        }
        competencyId
        competencyName
        ratings
        meanRating
        panelMean
        leniency
      }
      agreement {
        competencyId
        competencyName
        alpha
        units
        pairableRatings
      }
      submissionTimes {
        interviewer {
          id
          name
        }
        submitted
        medianHours
      }
      teamMedianHours
      questionUsage {
        questionId
        prompt
        timesAsked
        ratings
        meanRating
        decidedRatings
        agreementWithDecision
      }
    }
  }
`);
