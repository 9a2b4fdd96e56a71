/** Hours for a table cell: "0.5 h", "3.5 h", "26 h"; an em dash when unknown. */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) {
    return '—';
  }

  return `${roundHours(hours)} h`;
}

/** One decimal under 10 hours, whole hours above: what a chart plots. */
export function roundHours(hours: number): number {
  return hours < 10 ? Math.round(hours * 10) / 10 : Math.round(hours);
}
