import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Instants the API accepts: from the Unix epoch up to (not including) the year
 * 3000. Far outside that, adding a session's length or a zone offset left the
 * four-digit years of ISO strings and PostgreSQL's input format, and the
 * request failed inside the database (issue #8).
 */
export const DATE_TIME_RANGE = {
  earliest: new Date('1970-01-01T00:00:00.000Z'),
  latest: new Date('3000-01-01T00:00:00.000Z'),
} as const;

const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A DateTime input as a Date, or a GraphQL error saying what is wrong with it (BAD_USER_INPUT). */
export function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? RFC_3339.exec(value) : null;
  if (!match) {
    throw new GraphQLError('DateTime must be an RFC 3339 date-time with a zone, such as 2031-03-04T10:00:00Z');
  }
  const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const isCalendarTime =
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
  const date = new Date(value as string);
  if (!isCalendarTime || Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime ${String(value)} is not a date and time of the calendar`);
  }
  if (date < DATE_TIME_RANGE.earliest || date >= DATE_TIME_RANGE.latest) {
    throw new GraphQLError(
      `DateTime must be from ${DATE_TIME_RANGE.earliest.toISOString()} and before ${DATE_TIME_RANGE.latest.toISOString()}`,
    );
  }

  return date;
}

/** Dates out as ISO strings; timestamps from JSON built in SQL arrive as strings and are normalised. */
function serializeDateTime(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime cannot represent ${typeof value} value`);
  }

  return date.toISOString();
}

/**
 * Nest's DateTime (same name, so clients keep their scalar mapping) with
 * strict input: `new Date(anything)` let numbers, booleans, rolled-over dates
 * (February 30) and instants beyond any real schedule through.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'An instant as an RFC 3339 (ISO 8601) date-time string. Answers are always UTC with milliseconds, such as 2031-03-04T10:00:00.000Z. ' +
    'Inputs must name their zone (Z or an offset such as +02:00), be a real calendar time (no February 30) and lie from 1970-01-01T00:00:00Z up to, not including, 3000-01-01T00:00:00Z; anything else is refused before any resolver runs.',
  parseValue: parseDateTime,
  serialize: serializeDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be a string', { nodes: ast });
    }

    return parseDateTime(ast.value);
  },
});
