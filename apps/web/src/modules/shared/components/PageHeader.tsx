import type { ReactNode } from 'react';
import { Anchor, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { PageTitle } from './PageTitle';

export type PageHeaderProps = {
  /** The page's heading, and the browser tab's title. */
  title: string;
  /** A dimmed line under the heading. */
  description?: ReactNode;
  /** A link back up, above the heading: "← All interview kits". */
  backLink?: { to: string; label: string };
  /** At the heading's right, e.g. a "New kit" button. */
  actions?: ReactNode;
};

/** The top of a page: the tab title, a way back, the heading and what the page is for. */
export function PageHeader({
  title,
  description,
  backLink,
  actions,
}: PageHeaderProps) {
  const heading = (
    <>
      {backLink ? (
        <Anchor component={Link} to={backLink.to} size="sm">
          ← {backLink.label}
        </Anchor>
      ) : null}
      <Title order={1} mt={backLink ? 4 : undefined}>
        {title}
      </Title>
      {description ? (
        <Text c="dimmed" mt={4}>
          {description}
        </Text>
      ) : null}
    </>
  );

  return (
    <>
      <PageTitle title={title} />
      {actions ? (
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ flex: 1, minWidth: 0 }}>{heading}</div>
          <Group gap="xs" mt="xs" style={{ flexShrink: 0 }}>
            {actions}
          </Group>
        </Group>
      ) : (
        <div>{heading}</div>
      )}
    </>
  );
}
