import { type ReactNode, useEffect, useState } from 'react';

export type DelayedFallbackProps = { children: ReactNode; delayMs?: number };

/**
 * A Suspense fallback that appears only once the wait has lasted `delayMs`:
 * a chunk that arrives quickly shows nothing, not a spinner's flash.
 */
export function DelayedFallback({
  children,
  delayMs = 300,
}: DelayedFallbackProps) {
  const [isShown, setIsShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setIsShown(true), delayMs);

    return () => clearTimeout(timer);
  }, [delayMs]);

  return isShown ? children : null;
}
