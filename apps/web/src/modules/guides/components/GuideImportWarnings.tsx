import { List, Paper, Text, Title } from '@mantine/core';

export type GuideImportWarningsProps = {
  warnings: { line: number; message: string }[];
};

/** What the parser worked around when the stored content was imported, by line. */
export function GuideImportWarnings({ warnings }: GuideImportWarningsProps) {
  if (warnings.length === 0) {
    return null;
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="guide-warnings-heading"
      bg="var(--mantine-color-yellow-light)"
    >
      <Title order={2} size="h4" id="guide-warnings-heading" mb={4}>
        Import warnings
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        The guide imported, but the parser worked around these lines of the
        file. Fix the file and import it again to clear them.
      </Text>
      <List size="sm" spacing={4} data-testid="guide-import-warnings">
        {warnings.map((warning, index) => (
          <List.Item key={`${warning.line}-${index}`}>
            <Text span fw={600} size="sm">
              Line {warning.line}:
            </Text>{' '}
            {warning.message}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
