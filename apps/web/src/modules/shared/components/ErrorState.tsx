import { Alert, Button, Stack, Text } from '@mantine/core';

export type ErrorStateProps = {
  title: string;
  message: string;
  onRetry?: () => void;
};

/** A failed load, with the server's message and an optional retry. */
export function ErrorState({ title, message, onRetry }: ErrorStateProps) {
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry ? (
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
