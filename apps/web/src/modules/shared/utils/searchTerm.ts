/** What a search box sends: the trimmed text, or null for "no search". */
export function searchTerm(search: string): string | null {
  return search.trim() || null;
}
