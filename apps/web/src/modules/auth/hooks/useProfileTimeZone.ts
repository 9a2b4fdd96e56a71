import { browserTimeZone } from '@web/modules/shared/utils/timeZoneDisplay';

import { useViewer } from './useViewer';

/** The zone every time is shown in: the signed-in person's profile zone (the browser's before sign-in). */
export function useProfileTimeZone(): string {
  const { viewer } = useViewer();

  return viewer?.user.timeZone ?? browserTimeZone();
}
