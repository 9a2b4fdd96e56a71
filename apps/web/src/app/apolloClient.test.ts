import { describe, expect, it } from 'vitest';

import { webSocketUrl } from './apolloClient';

describe(webSocketUrl.name, () => {
  it('should use the page host, ws: over http and wss: over https', () => {
    expect(webSocketUrl({ protocol: 'http:', host: 'localhost:4200' })).toBe(
      'ws://localhost:4200/graphql',
    );
    expect(
      webSocketUrl({ protocol: 'https:', host: 'panelwise.example' }),
    ).toBe('wss://panelwise.example/graphql');
  });
});
