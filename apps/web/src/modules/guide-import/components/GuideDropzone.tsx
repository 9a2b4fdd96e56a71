import { type DragEvent, useRef, useState } from 'react';
import { Button, FileButton, Paper, Stack, Text } from '@mantine/core';

import {
  formatFileSize,
  MAX_FILE_BYTES,
  MAX_FILES_PER_IMPORT,
} from '@web/modules/guide-import/utils/guideFiles';

export type GuideDropzoneProps = {
  onFiles: (files: File[]) => void;
  isDisabled?: boolean;
};

/** Drop Markdown files here, or choose them with the button (the keyboard path). */
export function GuideDropzone({
  onFiles,
  isDisabled = false,
}: GuideDropzoneProps) {
  const [isDragOver, setIsDragOver] = useState(false);
  const resetRef = useRef<() => void>(null);

  const handleDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = isDisabled ? 'none' : 'copy';
    setIsDragOver(!isDisabled);
  };
  const handleDragLeave = (event: DragEvent<HTMLDivElement>) => {
    // Moving over a child element is not leaving the zone.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
      setIsDragOver(false);
    }
  };
  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsDragOver(false);
    if (!isDisabled) {
      onFiles([...event.dataTransfer.files]);
    }
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="xl"
      onDragOver={handleDragOver}
      onDragEnter={handleDragOver}
      onDragLeave={handleDragLeave}
      onDrop={handleDrop}
      data-testid="guide-dropzone"
      data-drag-over={isDragOver || undefined}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: isDragOver
          ? 'var(--mantine-primary-color-filled)'
          : undefined,
        background: isDragOver
          ? 'var(--mantine-primary-color-light)'
          : 'var(--mantine-color-gray-0)',
        transition: 'background 120ms, border-color 120ms',
      }}
    >
      <Stack align="center" gap={6}>
        <Text fw={600} size="lg">
          Drag Markdown guides here
        </Text>
        <Text size="sm" c="dimmed">
          or
        </Text>
        <FileButton
          onChange={(files) => {
            onFiles(files);
            // Choosing the same file again must trigger another change.
            resetRef.current?.();
          }}
          accept=".md,.markdown,text/markdown"
          multiple
          resetRef={resetRef}
          disabled={isDisabled}
        >
          {(props) => (
            <Button {...props} disabled={isDisabled}>
              Choose files
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed" ta="center" mt={4}>
          .md files, up to {MAX_FILES_PER_IMPORT} per import and{' '}
          {formatFileSize(MAX_FILE_BYTES)} each. Nothing is stored until you
          confirm.
        </Text>
      </Stack>
    </Paper>
  );
}
