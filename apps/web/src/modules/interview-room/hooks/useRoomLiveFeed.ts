import type { LiveFeedEntry } from '@web/modules/interview-room/components/LiveFeed';
import { useRoomActivity } from '@web/modules/interview-room/hooks/useRoomActivity';
import {
  type RoomPresent,
  useRoomPresence,
} from '@web/modules/interview-room/hooks/useRoomPresence';
import {
  activityMessage,
  changesPlan,
  changesPresence,
} from '@web/modules/interview-room/utils/activityMessage';

const FEED_LENGTH = 8;

export type UseRoomLiveFeedResult = {
  /** Who has the room open now. */
  present: RoomPresent[];
  /** The newest activity, as the live feed words it. */
  feed: LiveFeedEntry[];
};

/**
 * The room's live panel: who is here and what just happened. Activity that
 * changes the plan refreshes it; comings and goings refresh the presence.
 */
export function useRoomLiveFeed(
  sessionId: string,
  userId: string,
  questionLabel: (sessionQuestionId: string) => string | null,
  onRefreshPlan: () => void,
): UseRoomLiveFeedResult {
  const presence = useRoomPresence(sessionId);
  const { activities } = useRoomActivity(sessionId, {
    // Room comings and goings of your own are left out of the feed: ask for a few more.
    limit: FEED_LENGTH * 2,
    onActivity: (activity) => {
      if (changesPlan(activity.kind)) {
        onRefreshPlan();
      }
      if (changesPresence(activity.kind)) {
        presence.refresh();
      }
    },
    onResync: () => {
      onRefreshPlan();
      presence.refresh();
    },
  });
  const feed: LiveFeedEntry[] = activities
    // Opening and leaving the room yourself is noise.
    .filter(
      (activity) =>
        !(changesPresence(activity.kind) && activity.actorId === userId),
    )
    .slice(0, FEED_LENGTH)
    .map((activity) => ({
      id: activity.id,
      message: activityMessage(activity, userId, questionLabel),
      at: activity.at,
    }));

  return { present: presence.present, feed };
}
