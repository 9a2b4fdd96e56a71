import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function NotFoundPage() {
  return (
    <Stack gap="sm">
      <PageTitle title="Page not found" />
      <Title order={1}>Page not found</Title>
      <Text>There is no page at this address.</Text>
      <Anchor component={Link} to="/">
        Go to Home
      </Anchor>
    </Stack>
  );
}
