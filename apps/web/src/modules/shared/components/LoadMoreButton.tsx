import { Alert, Button, Center } from '@mantine/core';

export type LoadMoreButtonProps = {
  /** The button's text, e.g. "Load more questions". */
  label: string;
  /** The alert's title when loading more failed. */
  errorTitle: string;
  /** From useLoadMore. */
  error: string | null;
  hasNextPage: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => Promise<void>;
};

/** The foot of a paged list: why loading more failed, and the button for the next page. */
export function LoadMoreButton({
  label,
  errorTitle,
  error,
  hasNextPage,
  isLoadingMore,
  onLoadMore,
}: LoadMoreButtonProps) {
  return (
    <>
      {error ? (
        <Alert color="red" title={errorTitle} role="alert">
          {error}
        </Alert>
      ) : null}
      {hasNextPage ? (
        <Center>
          <Button
            variant="default"
            onClick={() => void onLoadMore()}
            loading={isLoadingMore}
          >
            {label}
          </Button>
        </Center>
      ) : null}
    </>
  );
}
