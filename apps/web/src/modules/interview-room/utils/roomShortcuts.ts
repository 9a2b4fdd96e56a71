export type RoomShortcut =
  'next' | 'previous' | 'mark-asked' | 'focus-notes' | 'toggle-help';

export const ROOM_SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['j', '↓'], action: 'Next question' },
  { keys: ['k', '↑'], action: 'Previous question' },
  { keys: ['a'], action: 'Mark the question asked' },
  { keys: ['n'], action: 'Write notes on the question' },
  { keys: ['Esc'], action: 'Leave the notes (shortcuts work again)' },
  { keys: ['?'], action: 'Show or hide this list' },
];

type KeyEventLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
};

const TYPING_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
]);

/** Keys typed into a field belong to the field, not to the shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') {
    return false;
  }
  const element = target as HTMLElement;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || element.isContentEditable) {
    return true;
  }
  if (tag === 'input') {
    return TYPING_INPUT_TYPES.has((element as HTMLInputElement).type);
  }

  return element.getAttribute('role') === 'textbox';
}

const ARROW_KEY_ROLES = new Set([
  'radio',
  'option',
  'menuitem',
  'slider',
  'tab',
  'listbox',
  'combobox',
]);

/** Radios, menus and the like move their own selection with the arrows. */
function ownsArrowKeys(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') {
    return false;
  }
  const element = target as HTMLElement;

  return (
    element.tagName.toLowerCase() === 'input' ||
    ARROW_KEY_ROLES.has(element.getAttribute('role') ?? '')
  );
}

export function shortcutFor(event: KeyEventLike): RoomShortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey) {
    return null;
  }
  if (isTypingTarget(event.target)) {
    return null;
  }
  const isArrow = event.key === 'ArrowDown' || event.key === 'ArrowUp';
  if (isArrow && ownsArrowKeys(event.target)) {
    return null;
  }
  switch (event.key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'a':
      return 'mark-asked';
    case 'n':
      return 'focus-notes';
    case '?':
      return 'toggle-help';
    default:
      return null;
  }
}
