/**
 * The timeline: cards oldest first, with the publication of each framework version in the registry
 * placed among them, so a reader sees which cards came under which version.
 */
import type { Registry } from '../frameworks/registry.ts';
import type { Framework } from '../frameworks/types.ts';
import { UNKNOWN_DATE } from '../schema/shared.ts';
import { DEFAULT_INDEX_VIEW, cardsInView, type ListedCard } from './card-list.ts';
import { frameworksAlongside } from './framework-pages.ts';

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

/**
 * What a framework's publication means for the cards after it: a new version governs them until
 * the next one; a framework in force beside another leaves each card to say which it is rated under.
 */
export function frameworkEventNote(registry: Registry, framework: Framework): string {
	// Only those already in force when it came out: an older framework did not know of a later one.
	const alongside = frameworksAlongside(registry, framework).filter(
		(other) => other.published <= framework.published,
	);
	if (alongside.length > 0)
		return `It runs alongside the ${alongside.map((other) => other.shortName).join(' and the ')} and does not replace it; each card names the framework it is rated under.`;
	return `${registry.publisher(framework.publisher).name}'s cards after this point fall under it until the next version.`;
}
