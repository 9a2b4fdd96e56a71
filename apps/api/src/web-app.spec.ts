import { isApiPath } from './web-app';

describe('web app routing', () => {
  it('should leave API paths to the API', () => {
    expect(['/graphql', '/health', '/calendar/abc.ics', '/exports/guides/1.md', '/sessions/1234.ics'].map(isApiPath)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('should serve the app for its own pages, session pages included, so deep links and reloads work', () => {
    expect(['/', '/sessions/1234', '/sessions/1234/room', '/sessions/1234/scorecard', '/graphqlish', '/candidates/1/review'].map(isApiPath)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
