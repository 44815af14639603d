/**
 * The timeline: cards oldest first, with the publication of each framework version in the registry
 * placed among them, so a reader sees which cards came under which version.
 */
import type { Registry } from '../frameworks/registry.ts';
import type { Framework } from '../frameworks/types.ts';
import { UNKNOWN_DATE } from '../schema/shared.ts';
import { DEFAULT_INDEX_VIEW, cardsInView, type ListedCard } from './card-list.ts';

export type TimelineEntry<T> =
	| { type: 'card'; date: string; card: T }
	| { type: 'framework'; date: string; framework: Framework };

export function buildTimeline<T extends ListedCard>(
	cards: readonly T[],
	registry: Registry,
): { year: string; entries: TimelineEntry<T>[] }[] {
	const entries: TimelineEntry<T>[] = cardsInView(cards, {
		...DEFAULT_INDEX_VIEW,
		order: 'oldest',
	}).map((card) => ({ type: 'card', date: card.data.published, card }));
	for (const framework of registry.frameworks) {
		const date = framework.published;
		// A framework event goes before the first card published after it (known dates only).
		const index = entries.findIndex(
			(entry) =>
				entry.date !== UNKNOWN_DATE &&
				entry.date.localeCompare(date) > 0 &&
				!(date.startsWith(entry.date) && entry.date.length < date.length),
		);
		// With no card after it, it goes last among dated entries: cards of unknown date stay at the end.
		const firstUndated = entries.findIndex((entry) => entry.date === UNKNOWN_DATE);
		const end = firstUndated === -1 ? entries.length : firstUndated;
		entries.splice(index === -1 ? end : index, 0, {
			type: 'framework',
			date,
			framework,
		});
	}
	const years = Map.groupBy(entries, (entry) =>
		entry.date === UNKNOWN_DATE ? 'Date not recovered' : entry.date.slice(0, 4),
	);
	return [...years].map(([year, yearEntries]) => ({ year, entries: yearEntries }));
}
