import { useMediaQuery } from '@mantine/hooks';

/**
 * A coarse pointer (finger) is the main input: keyboard-shortcut hints are
 * noise there. A touch laptop with a mouse reports a fine pointer.
 */
export function useIsTouchDevice(): boolean {
  return (
    useMediaQuery('(pointer: coarse)', false, {
      getInitialValueInEffect: false,
    }) ?? false
  );
}
