import {
  type KeyboardEvent,
  type PointerEvent,
  useEffect,
  useRef,
  useState,
} from 'react';
import { Box, Text } from '@mantine/core';

import {
  CELLS_PER_DAY,
  cellLabel,
  cellStartMinutes,
  formatTimeOfDay,
  paintWindows,
  WEEKDAY_NAMES,
  WEEKDAYS_MONDAY_FIRST,
  type WeeklyWindowDraft,
  windowsToCells,
} from '@web/modules/availability/utils/weekGrid';

import classes from './WeekGrid.module.css';

export type WeekGridProps = {
  windows: WeeklyWindowDraft[];
  onChange: (windows: WeeklyWindowDraft[]) => void;
};

type CellPosition = { column: number; cell: number };
type Drag = {
  anchor: CellPosition;
  current: CellPosition;
  isAvailable: boolean;
};

function inRectangle(drag: Drag, column: number, cell: number): boolean {
  const [fromColumn, toColumn] = [drag.anchor.column, drag.current.column].sort(
    (a, b) => a - b,
  );
  const [fromCell, toCell] = [drag.anchor.cell, drag.current.cell].sort(
    (a, b) => a - b,
  );

  return (
    column >= (fromColumn ?? 0) &&
    column <= (toColumn ?? 0) &&
    cell >= (fromCell ?? 0) &&
    cell <= (toCell ?? 0)
  );
}

function positionAt(x: number, y: number): CellPosition | null {
  const element = document
    .elementFromPoint(x, y)
    ?.closest<HTMLElement>('[data-column]');
  if (!element) {
    return null;
  }

  return {
    column: Number(element.dataset['column']),
    cell: Number(element.dataset['cell']),
  };
}

/**
 * Seven day columns of 30-minute cells. Drag (mouse or touch) to paint a
 * rectangle; the first cell decides whether it paints available or not.
 * Keyboard: arrow keys move, Space or Enter toggles, Shift+arrow carries the
 * current cell's state along.
 */
export function WeekGrid({ windows, onChange }: WeekGridProps) {
  const cells = windowsToCells(windows);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [focus, setFocus] = useState<CellPosition>({ column: 0, cell: 6 });
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const dragRef = useRef<Drag | null>(null);
  dragRef.current = drag;

  const isCellAvailable = (column: number, cell: number): boolean =>
    cells[WEEKDAYS_MONDAY_FIRST[column] ?? 0]?.[cell] ?? false;

  const paint = (
    from: CellPosition,
    to: CellPosition,
    isAvailable: boolean,
  ) => {
    const [fromColumn, toColumn] = [from.column, to.column].sort(
      (a, b) => a - b,
    );
    onChange(
      paintWindows(
        windows,
        {
          weekdays: WEEKDAYS_MONDAY_FIRST.slice(
            fromColumn,
            (toColumn ?? 0) + 1,
          ),
          fromCell: from.cell,
          toCell: to.cell,
        },
        isAvailable,
      ),
    );
  };
  const paintRef = useRef(paint);
  paintRef.current = paint;

  // The drag ends wherever the pointer is released, even outside the grid.
  useEffect(() => {
    const finish = () => {
      const current = dragRef.current;
      if (current) {
        paintRef.current(current.anchor, current.current, current.isAvailable);
        setDrag(null);
      }
    };
    window.addEventListener('pointerup', finish);
    window.addEventListener('pointercancel', finish);

    return () => {
      window.removeEventListener('pointerup', finish);
      window.removeEventListener('pointercancel', finish);
    };
  }, []);

  const moveFocus = (next: CellPosition) => {
    setFocus(next);
    buttons.current.get(`${next.column}-${next.cell}`)?.focus();
  };

  const handleKeyDown = (
    event: KeyboardEvent<HTMLButtonElement>,
    column: number,
    cell: number,
  ) => {
    const moves: Record<string, CellPosition> = {
      ArrowUp: { column, cell: Math.max(0, cell - 1) },
      ArrowDown: { column, cell: Math.min(CELLS_PER_DAY - 1, cell + 1) },
      ArrowLeft: { column: Math.max(0, column - 1), cell },
      ArrowRight: { column: Math.min(6, column + 1), cell },
      Home: { column, cell: 0 },
      End: { column, cell: CELLS_PER_DAY - 1 },
    };
    const next = moves[event.key];
    if (!next) {
      return;
    }
    event.preventDefault();
    if (event.shiftKey) {
      paint(next, next, isCellAvailable(column, cell));
    }
    moveFocus(next);
  };

  const handlePointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag) {
      return;
    }
    const position = positionAt(event.clientX, event.clientY);
    if (
      position &&
      (position.column !== drag.current.column ||
        position.cell !== drag.current.cell)
    ) {
      setDrag({ ...drag, current: position });
    }
  };

  return (
    <Box
      className={classes.grid}
      role="group"
      aria-label="Weekly hours grid"
      aria-describedby="week-grid-help"
      onPointerMove={handlePointerMove}
    >
      <Text id="week-grid-help" size="xs" c="dimmed" className={classes.help}>
        Drag across cells to mark hours available (or start on an available cell
        to clear them). With the keyboard: arrow keys move, Space toggles,
        Shift+arrow extends.
      </Text>
      <div className={classes.corner} aria-hidden="true" />
      {WEEKDAYS_MONDAY_FIRST.map((weekday) => (
        <div key={weekday} className={classes.dayHeader} aria-hidden="true">
          {WEEKDAY_NAMES[weekday].slice(0, 3)}
        </div>
      ))}
      {Array.from({ length: CELLS_PER_DAY }, (_, cell) => (
        <div key={cell} className={classes.row}>
          <div className={classes.timeLabel} aria-hidden="true">
            {cell % 2 === 0 ? formatTimeOfDay(cellStartMinutes(cell)) : ''}
          </div>
          {WEEKDAYS_MONDAY_FIRST.map((weekday, column) => {
            const isAvailable = isCellAvailable(column, cell);
            const isPreview = drag !== null && inRectangle(drag, column, cell);
            const shown = isPreview ? drag.isAvailable : isAvailable;

            return (
              <button
                key={weekday}
                type="button"
                ref={(element) => {
                  if (element) {
                    buttons.current.set(`${column}-${cell}`, element);
                  } else {
                    buttons.current.delete(`${column}-${cell}`);
                  }
                }}
                data-column={column}
                data-cell={cell}
                data-available={shown || undefined}
                data-preview={isPreview || undefined}
                data-hour={cell % 2 === 0 || undefined}
                className={classes.cell}
                tabIndex={
                  focus.column === column && focus.cell === cell ? 0 : -1
                }
                aria-pressed={isAvailable}
                aria-label={`${cellLabel(weekday, cell)} ${isAvailable ? 'available' : 'unavailable'}`}
                onFocus={() => setFocus({ column, cell })}
                onKeyDown={(event) => handleKeyDown(event, column, cell)}
                onPointerDown={(event) => {
                  if (event.button !== 0) {
                    return;
                  }
                  // Keeps the page from selecting text while dragging.
                  event.preventDefault();
                  setFocus({ column, cell });
                  setDrag({
                    anchor: { column, cell },
                    current: { column, cell },
                    isAvailable: !isAvailable,
                  });
                }}
                onClick={(event) => {
                  // Pointer clicks were handled as a one-cell drag; this is Space or Enter.
                  if (event.detail === 0) {
                    paint({ column, cell }, { column, cell }, !isAvailable);
                  }
                }}
              />
            );
          })}
        </div>
      ))}
    </Box>
  );
}
