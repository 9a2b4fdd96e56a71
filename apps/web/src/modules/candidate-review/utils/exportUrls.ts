/** Plain HTTP downloads: same origin, the session cookie goes along. */
export function scorecardsCsvUrl(candidateId: string): string {
  return `/exports/candidates/${encodeURIComponent(candidateId)}/scorecards.csv`;
}

export function debriefPdfUrl(candidateId: string): string {
  return `/exports/candidates/${encodeURIComponent(candidateId)}/debrief.pdf`;
}
