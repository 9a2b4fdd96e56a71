import type { ReactNode } from 'react';
import { Center, Container, Paper, Stack, Text, Title } from '@mantine/core';

import { ProductMark } from './ProductMark';

export type AuthLayoutProps = {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
};

/** The frame of the pages used before signing in: sign-in and invite acceptance. */
export function AuthLayout({ title, subtitle, children }: AuthLayoutProps) {
  return (
    <Center mih="100vh" bg="gray.0" py="xl">
      <Container size={460} w="100%" component="main">
        <Stack gap="lg">
          <Center>
            <ProductMark />
          </Center>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Stack gap="lg">
              <div>
                <Title order={1} size="h2">
                  {title}
                </Title>
                {subtitle ? (
                  <Text c="dimmed" size="sm" mt={4}>
                    {subtitle}
                  </Text>
                ) : null}
              </div>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Container>
    </Center>
  );
}
