import { graphql } from '@web/generated';

export const CalibrationQuery = graphql(`
  query Calibration($filter: AnalyticsFilterInput!) {
    calibration(filter: $filter) {
      minimums {
        agreementUnits
        leniencyRatings
      }
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
        leniencyLow
        leniencyHigh
        hasEnoughData
      }
      agreement {
        competencyId
        competencyName
        alpha
        units
        pairableRatings
        hasEnoughData
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
      teamSubmitted
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
