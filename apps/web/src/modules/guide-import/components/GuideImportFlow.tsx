import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';

import {
  type ImportReport,
  useImportGuides,
} from '@web/modules/guide-import/hooks/useImportGuides';
import {
  type GuideFile,
  mergeGuideFiles,
  type RejectedFile,
  selectGuideFiles,
} from '@web/modules/guide-import/utils/guideFiles';
import {
  hasChanges,
  summarizeImport,
} from '@web/modules/guide-import/utils/importSummary';
import { readFileText } from '@web/modules/guide-import/utils/readFileText';
import { formatCount } from '@web/modules/questions/utils/formatCount';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';

import { GuideDropzone } from './GuideDropzone';
import { ImportPreview } from './ImportPreview';
import { StagedFileList } from './StagedFileList';

type Phase = 'idle' | 'reading' | 'previewing' | 'importing';

/** Choose files, see the dry-run preview, confirm, see the final report. */
export function GuideImportFlow() {
  const { previewImport, importGuides } = useImportGuides();
  const [files, setFiles] = useState<GuideFile[]>([]);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<{
    kind: 'preview' | 'import';
    error: ApiError;
  } | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  // Only the latest preview counts when the files change while one runs.
  const previewRun = useRef(0);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const isBusy = phase !== 'idle';

  const runPreview = async (next: GuideFile[]) => {
    const run = (previewRun.current += 1);
    setPreview(null);
    setError(null);
    if (next.length === 0) {
      setPhase('idle');

      return;
    }
    setPhase('previewing');
    try {
      const result = await previewImport(next);
      if (run === previewRun.current) {
        setPreview(result);
      }
    } catch (previewError) {
      if (run === previewRun.current) {
        setError({ kind: 'preview', error: toApiError(previewError) });
      }
    } finally {
      if (run === previewRun.current) {
        setPhase('idle');
      }
    }
  };

  const handleFiles = async (chosen: File[]) => {
    setReport(null);
    const selection = selectGuideFiles(
      files.map((file) => file.fileName),
      chosen,
    );
    setRejected(selection.rejected);
    if (selection.accepted.length === 0) {
      return;
    }
    setPhase('reading');
    const read: GuideFile[] = [];
    const unreadable: RejectedFile[] = [];
    for (const file of selection.accepted) {
      try {
        read.push({
          fileName: file.name,
          text: await readFileText(file),
          size: file.size,
        });
      } catch {
        unreadable.push({
          fileName: file.name,
          reason: 'The browser could not read this file.',
        });
      }
    }
    if (unreadable.length > 0) {
      setRejected([...selection.rejected, ...unreadable]);
    }
    const next = mergeGuideFiles(files, read);
    setFiles(next);
    await runPreview(next);
  };

  const handleRemove = (fileName: string) => {
    const next = files.filter((file) => file.fileName !== fileName);
    setFiles(next);
    void runPreview(next);
  };

  const handleClear = () => {
    previewRun.current += 1;
    setFiles([]);
    setPreview(null);
    setRejected([]);
    setError(null);
    setPhase('idle');
  };

  const handleConfirm = async () => {
    setPhase('importing');
    setError(null);
    try {
      const result = await importGuides(files);
      const summary = summarizeImport(result.guides);
      setReport(result);
      setFiles([]);
      setPreview(null);
      setRejected([]);
      notify({
        color: summary.FAILED > 0 ? 'yellow' : 'green',
        title: 'Import finished',
        message: `${formatCount(summary.CREATED + summary.UPDATED, { one: 'guide', other: 'guides' })} imported, ${formatCount(summary.createdQuestions + summary.revisedQuestions, { one: 'question', other: 'questions' })} added or revised.`,
      });
      // Screen readers land on the result.
      requestAnimationFrame(() => reportHeading.current?.focus());
    } catch (importError) {
      setError({ kind: 'import', error: toApiError(importError) });
    } finally {
      setPhase('idle');
    }
  };

  const canConfirm = preview !== null && hasChanges(preview.guides) && !isBusy;

  return (
    <Stack gap="lg">
      <GuideDropzone
        onFiles={(chosen) => void handleFiles(chosen)}
        isDisabled={isBusy}
      />

      {rejected.length > 0 ? (
        <Alert
          color="red"
          title={`${formatCount(rejected.length, { one: 'file was', other: 'files were' })} not added`}
          role="alert"
        >
          <List size="sm" spacing={2}>
            {rejected.map((file, index) => (
              <List.Item key={`${file.fileName}-${index}`}>
                <Text span fw={600} size="sm">
                  {file.fileName}
                </Text>
                : {file.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      {files.length > 0 ? (
        <section aria-labelledby="chosen-files-heading">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id="chosen-files-heading">
              Chosen files ({files.length})
            </Title>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={handleClear}
              disabled={phase === 'importing'}
            >
              Clear all
            </Button>
          </Group>
          <StagedFileList
            files={files}
            onRemove={handleRemove}
            isDisabled={isBusy}
          />
        </section>
      ) : null}

      <div role="status" aria-live="polite" className="pw-visually-hidden">
        {phase === 'previewing'
          ? 'Checking the files…'
          : phase === 'importing'
            ? 'Importing…'
            : preview
              ? 'Preview ready.'
              : ''}
      </div>

      {error ? (
        <ErrorState
          title={
            error.kind === 'import'
              ? 'The import failed; nothing more was stored'
              : 'Could not check the files'
          }
          message={error.error.message}
          onRetry={
            error.kind === 'import'
              ? () => void handleConfirm()
              : () => void runPreview(files)
          }
        />
      ) : null}

      {phase === 'reading' || phase === 'previewing' ? (
        <Group gap="sm">
          <Loader size="sm" aria-hidden />
          <Text>
            {phase === 'reading'
              ? 'Reading the files…'
              : 'Checking what would change…'}
          </Text>
        </Group>
      ) : null}

      {preview ? (
        <section aria-labelledby="import-preview-heading">
          <Paper
            withBorder
            radius="md"
            p="md"
            mb="md"
            bg="var(--mantine-color-gray-0)"
          >
            <Stack gap="sm">
              <Title order={2} size="h3" id="import-preview-heading">
                Preview
              </Title>
              <Text size="sm">
                Nothing is stored yet. Each guide is imported all-or-nothing;
                files that cannot be imported are skipped, and unchanged guides
                stay as they are.
              </Text>
              <Group gap="sm">
                <Button
                  onClick={() => void handleConfirm()}
                  disabled={!canConfirm}
                  loading={phase === 'importing'}
                >
                  Confirm import
                </Button>
                <Button
                  variant="default"
                  onClick={handleClear}
                  disabled={phase === 'importing'}
                >
                  Cancel
                </Button>
                {!hasChanges(preview.guides) ? (
                  <Text size="sm" c="dimmed">
                    Nothing to import: every file is unchanged or cannot be
                    imported.
                  </Text>
                ) : null}
              </Group>
            </Stack>
          </Paper>
          <ImportPreview report={preview} />
        </section>
      ) : null}

      {report ? (
        <section aria-labelledby="import-report-heading">
          <Group justify="space-between" mb="md">
            <Title
              order={2}
              size="h3"
              id="import-report-heading"
              ref={reportHeading}
              tabIndex={-1}
              style={{ outline: 'none' }}
            >
              Import complete
            </Title>
          </Group>
          <ImportPreview report={report} />
        </section>
      ) : null}
    </Stack>
  );
}
