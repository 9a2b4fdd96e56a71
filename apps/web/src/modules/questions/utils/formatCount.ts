const NUMBER_FORMAT = new Intl.NumberFormat('en-US');

export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** "1 question", "24 questions", "2,000+ matches". */
export function formatCount(
  count: number,
  noun: { one: string; other: string },
  isCapped = false,
): string {
  const word = count === 1 && !isCapped ? noun.one : noun.other;

  return `${formatNumber(count)}${isCapped ? '+' : ''} ${word}`;
}
