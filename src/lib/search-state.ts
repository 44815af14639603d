/**
 * The search page keeps its query and filters in the URL (`?q=cbrn&category=CBRN&at_least=Medium`),
 * so a search can be shared as a link and survives a reload.
 */
export interface SearchState {
	query: string;
	filters: Record<string, string[]>;
}

export function readSearchState(
	params: URLSearchParams,
	filterNames: readonly string[],
): SearchState {
	const filters: Record<string, string[]> = {};
	for (const name of filterNames) {
		const values = params.getAll(name).filter(Boolean);
		if (values.length > 0) filters[name] = [...new Set(values)];
	}
	return { query: (params.get('q') ?? '').trim(), filters };
}

export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const [name, values] of Object.entries(state.filters))
		for (const value of values) params.append(name, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * Pagefind filter object: values of one filter are alternatives (any), different filters all apply.
 */
export function pagefindFilters(
	filters: Record<string, string[]>,
): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(filters)
			.filter(([, values]) => values.length > 0)
			.map(([name, values]) => [name, { any: values }]),
	);
}

export const hasSearch = (state: SearchState): boolean =>
	state.query !== '' || Object.keys(state.filters).length > 0;

/**
 * A search result's link carries each search term as `?highlight=<term>`; the page it leads to marks
 * those terms. Filter values are never added, only what the reader typed.
 */
export const HIGHLIGHT_PARAM = 'highlight';
