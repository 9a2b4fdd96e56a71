import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';

export type EmptyNoticeProps = { title: string; children: ReactNode };

/** A section with no figures yet, and what it needs. */
export function EmptyNotice({ title, children }: EmptyNoticeProps) {
  return (
    <Alert color="gray" title={title} role="status">
      {children}
    </Alert>
  );
}
