import { Badge } from '@mantine/core';

import { kindColor } from '@web/modules/questions/utils/kindLabel';

export type KindBadgeProps = { kindName: string; kindKey: string };

/** The kind's name as written for people ("Clinical judgment"), never upper-cased. */
export function KindBadge({ kindName, kindKey }: KindBadgeProps) {
  return (
    <Badge variant="light" color={kindColor(kindKey)} tt="none" radius="sm">
      {kindName}
    </Badge>
  );
}
