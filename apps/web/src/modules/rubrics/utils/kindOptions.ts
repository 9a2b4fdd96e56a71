export type KindOption = { value: string; label: string };

// The kinds every guide may use; the bank adds any other heading it holds.
const STANDARD_KINDS: KindOption[] = [
  { value: 'technical', label: 'Technical' },
  { value: 'behavioral', label: 'Behavioral' },
  { value: 'situational', label: 'Situational' },
  { value: 'problem-solving', label: 'Problem-solving' },
];

/** Standard kinds, then the bank's other kinds, then the current value if neither has it. */
export function kindOptions(
  bankKinds: readonly KindOption[],
  current: string | null,
): KindOption[] {
  const options = [...STANDARD_KINDS];
  for (const kind of bankKinds) {
    if (!options.some((option) => option.value === kind.value)) {
      options.push({ value: kind.value, label: kind.label });
    }
  }
  if (current && !options.some((option) => option.value === current)) {
    options.push({ value: current, label: current });
  }

  return options;
}

export function kindLabel(
  options: readonly KindOption[],
  kind: string | null,
): string {
  if (!kind) {
    return 'None';
  }

  return options.find((option) => option.value === kind)?.label ?? kind;
}
