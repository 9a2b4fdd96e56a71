import { Button, Group, Paper, Stack, Text } from '@mantine/core';

import {
  formatFileSize,
  type GuideFile,
} from '@web/modules/guide-import/utils/guideFiles';

export type StagedFileListProps = {
  files: readonly GuideFile[];
  onRemove: (fileName: string) => void;
  isDisabled?: boolean;
};

export function StagedFileList({
  files,
  onRemove,
  isDisabled = false,
}: StagedFileListProps) {
  return (
    <Stack
      gap={4}
      component="ul"
      aria-label="Chosen files"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {files.map((file) => (
        <Paper
          key={file.fileName}
          component="li"
          withBorder
          radius="sm"
          px="sm"
          py={6}
        >
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {file.fileName}{' '}
              <Text span size="sm" c="dimmed">
                · {formatFileSize(file.size)}
              </Text>
            </Text>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={() => onRemove(file.fileName)}
              disabled={isDisabled}
              aria-label={`Remove ${file.fileName}`}
            >
              Remove
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
