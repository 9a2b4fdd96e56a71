import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';

import { parseViolations, violationSentence } from './bookingViolations';
import { toDetailedApiError } from './detailedApiError';

describe(violationSentence.name, () => {
  it('should name the panelist, or the session for the time rules', () => {
    expect(
      violationSentence({
        userId: 'u1',
        name: 'Ana Lopez',
        rule: 'TIME_OFF',
        detail: 'has time off during Mon',
      }),
    ).toBe('Ana Lopez has time off during Mon');
    expect(
      violationSentence({
        userId: null,
        name: null,
        rule: 'IN_THE_PAST',
        detail: 'starts in the past (2020-01-01T00:00:00.000Z)',
      }),
    ).toBe('The session starts in the past (2020-01-01T00:00:00.000Z)');
  });
});

describe(parseViolations.name, () => {
  it('should keep well-formed violations and drop the rest', () => {
    expect(
      parseViolations([
        {
          userId: 'u1',
          name: 'Ana Lopez',
          rule: 'BUFFER',
          detail: 'needs 15 minutes free',
        },
        { userId: null, name: null, rule: 'NOT_A_RULE', detail: 'x' },
        'junk',
      ]),
    ).toEqual([
      {
        userId: 'u1',
        name: 'Ana Lopez',
        rule: 'BUFFER',
        detail: 'needs 15 minutes free',
      },
    ]);
    expect(parseViolations(undefined)).toEqual([]);
  });

  it('should read a NOT_BOOKABLE refusal from the GraphQL error', () => {
    const error = toDetailedApiError(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'This time is not bookable',
            extensions: {
              code: 'CONFLICT',
              field: 'startsAt',
              reason: 'NOT_BOOKABLE',
              canOverride: true,
              violations: [
                {
                  userId: null,
                  name: null,
                  rule: 'MINIMUM_NOTICE',
                  detail: 'starts sooner than …',
                },
              ],
            },
          },
        ],
      }),
    );

    expect(error.isNotBookable).toBe(true);
    expect(error.details.canOverride).toBe(true);
    expect(error.details.violations).toEqual([
      {
        userId: null,
        name: null,
        rule: 'MINIMUM_NOTICE',
        detail: 'starts sooner than …',
      },
    ]);
  });
});
