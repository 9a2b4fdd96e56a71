import { describe, expect, it } from 'vitest';

import { isTypingTarget, shortcutFor } from './roomShortcuts';

const press = (key: string, target: EventTarget | null = document.body) => ({
  key,
  target,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
});

describe(shortcutFor.name, () => {
  it('should map the room keys to their actions', () => {
    expect(shortcutFor(press('j'))).toBe('next');
    expect(shortcutFor(press('ArrowDown'))).toBe('next');
    expect(shortcutFor(press('k'))).toBe('previous');
    expect(shortcutFor(press('ArrowUp'))).toBe('previous');
    expect(shortcutFor(press('a'))).toBe('mark-asked');
    expect(shortcutFor(press('n'))).toBe('focus-notes');
    expect(shortcutFor(press('?'))).toBe('toggle-help');
    expect(shortcutFor(press('x'))).toBeNull();
  });

  it('should leave keys to a field the user is typing in', () => {
    const textarea = document.createElement('textarea');
    const input = document.createElement('input');

    expect(shortcutFor(press('j', textarea))).toBeNull();
    expect(shortcutFor(press('a', input))).toBeNull();
  });

  it('should leave arrows to radios and checkboxes', () => {
    const radio = document.createElement('input');
    radio.type = 'radio';

    expect(shortcutFor(press('ArrowDown', radio))).toBeNull();
    expect(shortcutFor(press('j', radio))).toBe('next');
  });

  it('should ignore keys pressed with a modifier', () => {
    expect(shortcutFor({ ...press('k'), metaKey: true })).toBeNull();
    expect(shortcutFor({ ...press('a'), ctrlKey: true })).toBeNull();
  });
});

describe(isTypingTarget.name, () => {
  it('should not count a checkbox or a button as typing', () => {
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';

    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
  });
});
