import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` while `isRunning`. */
export function useNow(intervalMs = 1_000, isRunning = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isRunning) {
      return undefined;
    }
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);

    return () => clearInterval(timer);
  }, [intervalMs, isRunning]);

  return now;
}
