import { useEffect, useRef } from 'react';

import {
  type RoomShortcut,
  shortcutFor,
} from '@web/modules/interview-room/utils/roomShortcuts';

/** The room's keyboard shortcuts, on the whole page while `isEnabled`. */
export function useRoomShortcuts(
  onShortcut: (shortcut: RoomShortcut) => void,
  isEnabled: boolean,
): void {
  const handler = useRef(onShortcut);
  useEffect(() => {
    handler.current = onShortcut;
  });

  useEffect(() => {
    if (!isEnabled) {
      return undefined;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut || event.defaultPrevented) {
        return;
      }
      event.preventDefault();
      handler.current(shortcut);
    };
    window.addEventListener('keydown', onKeyDown);

    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isEnabled]);
}
