/** The question bank's search and filters, as kept in the page URL. */
export type QuestionFilters = {
  search: string;
  kindKey: string | null;
  guideId: string | null;
  tag: string | null;
  vertical: string | null;
};

export const EMPTY_QUESTION_FILTERS: QuestionFilters = {
  search: '',
  kindKey: null,
  guideId: null,
  tag: null,
  vertical: null,
};

// URL parameter of each filter: short, readable, stable for shared links.
const PARAMS = {
  search: 'q',
  kindKey: 'kind',
  guideId: 'guide',
  tag: 'tag',
  vertical: 'vertical',
} as const satisfies Record<keyof QuestionFilters, string>;

export function filtersFromParams(params: URLSearchParams): QuestionFilters {
  const value = (name: string) => params.get(name)?.trim() || null;

  return {
    search: params.get(PARAMS.search) ?? '',
    kindKey: value(PARAMS.kindKey),
    guideId: value(PARAMS.guideId),
    tag: value(PARAMS.tag),
    vertical: value(PARAMS.vertical),
  };
}

export function filtersToParams(filters: QuestionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof QuestionFilters)[]) {
    const value = filters[key];
    if (value && value.trim() !== '') {
      params.set(PARAMS[key], value);
    }
  }

  return params;
}

export function hasActiveFilters(filters: QuestionFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.kindKey !== null ||
    filters.guideId !== null ||
    filters.tag !== null ||
    filters.vertical !== null
  );
}
