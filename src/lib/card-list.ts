/** The card index: newest first, ties broken by title so the order never flips between builds. */
export interface ListedCard {
	id: string;
	data: { title: string; published: string };
}

export function sortCardsNewestFirst<T extends ListedCard>(cards: readonly T[]): T[] {
	return [...cards].sort((a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title));
}
