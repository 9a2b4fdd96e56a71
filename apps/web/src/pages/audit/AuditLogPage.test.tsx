import {
  MockedProvider,
  type MockedProviderProps,
} from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { theme } from '@web/app/theme';
import { AuditEventsQuery } from '@web/modules/audit/graphql/queries/AuditEvents';
import { AuditFilterOptionsQuery } from '@web/modules/audit/graphql/queries/AuditFilterOptions';
import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { AuditLogPage } from './AuditLogPage';

type MockedProviderMocks = NonNullable<MockedProviderProps['mocks']>;

const OPTIONS_MOCK = {
  request: { query: AuditFilterOptionsQuery },
  result: {
    data: {
      auditFacets: {
        __typename: 'AuditFacets',
        actions: ['session.cancelled', 'session.scheduled'],
        recordTypes: ['session'],
      },
      members: [],
    },
  },
};

function eventsPage(ids: string[], hasNextPage: boolean) {
  return {
    auditEvents: {
      __typename: 'AuditEventConnection',
      totalCount: null,
      isTotalCountCapped: false,
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage,
        endCursor: ids.at(-1) ?? null,
      },
      edges: ids.map((id) => ({
        __typename: 'AuditEventEdge',
        cursor: id,
        node: {
          __typename: 'AuditEvent',
          id,
          at: '2026-03-10T09:30:00.000Z',
          action: 'session.cancelled',
          actor: null,
          recordType: 'session',
          recordId: null,
          recordName: null,
          details: '{"reason":"Candidate withdrew"}',
        },
      })),
    },
  };
}

function renderPage(route: string, mocks: MockedProviderMocks) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider theme={theme} env="test">
        <MemoryRouter initialEntries={[route]}>
          <AuditLogPage />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe(AuditLogPage.name, () => {
  it('should ask for the filters in the URL and offer the next page', async () => {
    renderPage('/audit?action=session.', [
      {
        request: { query: MeQuery },
        result: { data: { me: viewerFixture('COORDINATOR') } },
      },
      OPTIONS_MOCK,
      {
        request: {
          query: AuditEventsQuery,
          variables: { filter: { action: 'session.' }, first: 50 },
        },
        result: { data: eventsPage(['e1'], true) },
      },
    ]);

    expect(await screen.findByText('reason: Candidate withdrew')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Load more events' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeTruthy();
  });

  it('should say what gets recorded when the log is empty', async () => {
    renderPage('/audit', [
      {
        request: { query: MeQuery },
        result: { data: { me: viewerFixture('COORDINATOR') } },
      },
      OPTIONS_MOCK,
      {
        request: {
          query: AuditEventsQuery,
          variables: { filter: null, first: 50 },
        },
        result: { data: eventsPage([], false) },
      },
    ]);

    expect(await screen.findByText('Nothing recorded yet')).toBeTruthy();
    expect(
      screen.queryByRole('button', { name: 'Load more events' }),
    ).toBeNull();
  });
});
