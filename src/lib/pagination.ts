/**
 * Lists that grow with the catalogue (a model's figures, two models' shared evaluations, a
 * benchmark setup's results) are split into pages, so no page a reader opens grows without bound
 * as cards are added. A list's first page is where it always was; later pages live under it, at
 * `<list path><n>/`. Rows carry no anchors of their own, so moving a row to another page breaks no
 * link: the anchors people cite (sections, ratings, setups) stay on the first page.
 */

/** Rows per page: far above any list on the real site today, and about 250 KB of HTML at most. */
export const ROWS_PER_PAGE = 500;

/** How many of a setup's results the benchmark page shows before linking to the whole list. */
export const SETUP_PREVIEW_ROWS = 25;

export interface ListPage<T> {
	/** From 1. */
	number: number;
	count: number;
	items: readonly T[];
}

/**
 * Splits items into pages of at most `size` rows, where an item weighs `rows(item)` rows (a group,
 * such as one card's figures, is never split; a group larger than a page gets a page of its own).
 * Always at least one page, empty for an empty list.
 */
export function paginate<T>(
	items: readonly T[],
	size: number = ROWS_PER_PAGE,
	rows: (item: T) => number = () => 1,
): Array<ListPage<T>> {
	const chunks: T[][] = [[]];
	let filled = 0;
	for (const item of items) {
		const weight = rows(item);
		if (filled > 0 && filled + weight > size) {
			chunks.push([]);
			filled = 0;
		}
		chunks.at(-1)!.push(item);
		filled += weight;
	}
	return chunks.map((chunk, index) => ({ number: index + 1, count: chunks.length, items: chunk }));
}

/**
 * The URLs of a list's pages: the first is `first` (a page, or an anchor on one), page n is
 * `<rest>n/`.
 */
export const listPageHrefs = (first: string, rest: string, count: number): string[] =>
	Array.from({ length: count }, (_, index) => (index === 0 ? first : `${rest}${index + 1}/`));
