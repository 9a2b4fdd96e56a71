import { Center, Loader } from '@mantine/core';

export type FullPageLoaderProps = { label: string };

export function FullPageLoader({ label }: FullPageLoaderProps) {
  return (
    <Center mih="60vh" role="status" aria-live="polite">
      <Loader aria-label={label} />
    </Center>
  );
}
