/**
 * The card index: which cards a view shows and in what order. Every view is a static page, so the
 * index can be filtered and sorted without JavaScript, and each view has a URL that can be linked.
 */
import { registry, type Registry } from '../frameworks/registry.ts';
import {
	CARD_KINDS,
	CARD_KIND_PLURALS,
	COVERAGES,
	COVERAGE_LABELS,
	type CardKind,
	type Coverage,
} from '../schema/card.ts';
import { UNKNOWN_DATE } from '../schema/shared.ts';
import { listPageHrefs, paginate } from './pagination.ts';

export interface ListedCard {
	id: string;
	data: {
		title: string;
		published: string;
		kind: CardKind;
		framework: string;
		publisher: string;
		coverage: Coverage;
	};
}

export const INDEX_ORDERS = ['newest', 'oldest'] as const;
export type IndexOrder = (typeof INDEX_ORDERS)[number];
export const INDEX_ORDER_LABELS: Record<IndexOrder, string> = {
	newest: 'Newest first',
	oldest: 'Oldest first',
};

export interface IndexView {
	kind: CardKind | 'all';
	/** A framework id, or the id of "no framework". */
	framework: string;
	order: IndexOrder;
	publisher: string;
	coverage: Coverage | 'all';
}

/** The filters a view can set, each with its values in display order: publishers and frameworks from the registry. */
export const INDEX_FILTERS = {
	publisher: ['all', ...registry.publishers.map((publisher) => publisher.id)],
	kind: ['all', ...CARD_KINDS],
	framework: ['all', ...registry.cardFrameworkIds],
	coverage: ['all', ...COVERAGES],
} as const;

/** A filter option's label: "All publishers", a publisher's name, a framework's short name... */
export function indexOptionLabel(filter: IndexFilter, value: string): string {
	if (value === 'all')
		return {
			publisher: 'All publishers',
			kind: 'All kinds',
			framework: 'All frameworks',
			coverage: 'Any coverage',
		}[filter];
	if (filter === 'publisher') return registry.publisher(value).name;
	if (filter === 'kind') return CARD_KIND_PLURALS[value as CardKind];
	if (filter === 'framework') return registry.frameworkLabel(value);
	return COVERAGE_LABELS[value as Coverage];
}
export type IndexFilter = keyof typeof INDEX_FILTERS;

/** The filters, in menu order. */
const FILTERS = Object.keys(INDEX_FILTERS) as IndexFilter[];

export const DEFAULT_INDEX_VIEW: IndexView = {
	kind: 'all',
	framework: 'all',
	order: 'newest',
	publisher: 'all',
	coverage: 'all',
};

function isDefaultView(view: IndexView): boolean {
	return indexViewSegments(view).join('/') === indexViewSegments(DEFAULT_INDEX_VIEW).join('/');
}

/** True when the view filters by publisher or coverage (added after the first views were published). */
function filtersPublisherOrCoverage(view: IndexView): boolean {
	return view.publisher !== 'all' || view.coverage !== 'all';
}

/**
 * A view's path segments: `<kind>/<framework>/<order>`, followed by `<publisher>/<coverage>` only
 * when either is set. The short form is the one published first, so those URLs stay as they were.
 */
export function indexViewSegments(view: IndexView): string[] {
	const segments = [view.kind, view.framework, view.order];
	return filtersPublisherOrCoverage(view) ? [...segments, view.publisher, view.coverage] : segments;
}

/** `/` for the default view, `/index/<segments>/` for the others. */
export function indexViewPath(view: IndexView): string {
	return isDefaultView(view) ? '/' : `/index/${indexViewSegments(view).join('/')}/`;
}

/**
 * Cards per page of a view. A row is about 300 bytes; a list of every card (1,000 rows, 290 KB at
 * 1,000 cards) cost the page 2 points of Lighthouse's mobile performance, for the time its table
 * took to lay out, and would pass 1 MB near 3,400 cards.
 */
export const CARDS_PER_PAGE = 100;

/**
 * The URLs of a view's pages: the first is the view's own; page n is `/index/<segments>/<n>/`,
 * the default view's included (its first page is the home page).
 */
export function indexViewPageHrefs(view: IndexView, count: number): string[] {
	return listPageHrefs(indexViewPath(view), `/index/${indexViewSegments(view).join('/')}/`, count);
}

/** A view's cards, in pages of CARDS_PER_PAGE. */
export function indexViewPages<T extends ListedCard>(cards: readonly T[], view: IndexView) {
	return paginate(cardsInView(cards, view), CARDS_PER_PAGE);
}

/** How many pages a view's list takes, as `indexViewPages` splits it (an empty view has one). */
export const indexViewPageCount = (cards: readonly ListedCard[], view: IndexView): number =>
	Math.max(1, Math.ceil(countInView(cards, view) / CARDS_PER_PAGE));

const FILTER_GROUP_LABELS: Record<IndexFilter, string> = {
	publisher: 'Publisher',
	kind: 'Kind',
	framework: 'Framework',
	coverage: 'Coverage',
};

/** Whether the view narrows the catalogue at all. */
export const isFiltered = (view: IndexView): boolean =>
	FILTERS.some((filter) => view[filter] !== 'all');

/**
 * The index's filter menus for a view: each option with its count of cards, and a link unless the
 * view it leads to has no page.
 */
export function indexFilterGroups(cards: readonly ListedCard[], view: IndexView) {
	return FILTERS.map((filter) => ({
		id: filter,
		label: FILTER_GROUP_LABELS[filter],
		options: INDEX_FILTERS[filter].map((value) => {
			const target = { ...view, [filter]: value };
			return {
				label: indexOptionLabel(filter, value),
				count: countInView(cards, target),
				href: indexViewHasPage(cards, target) ? indexViewPath(target) : undefined,
				current: view[filter] === value,
			};
		}),
	}));
}

/** The order links for a view. */
export function indexOrderLinks(view: IndexView) {
	return INDEX_ORDERS.map((order) => ({
		label: INDEX_ORDER_LABELS[order],
		href: indexViewPath({ ...view, order }),
		current: view.order === order,
	}));
}

/** Every combination of filters and order. */
export function allIndexViews(): IndexView[] {
	return INDEX_FILTERS.publisher.flatMap((publisher) =>
		INDEX_FILTERS.kind.flatMap((kind) =>
			INDEX_FILTERS.framework.flatMap((framework) =>
				INDEX_FILTERS.coverage.flatMap((coverage) =>
					INDEX_ORDERS.map((order) => ({ kind, framework, order, publisher, coverage })),
				),
			),
		),
	);
}

/**
 * Whether a view gets a page. Views by kind, framework and order always do, since their URLs were
 * published before some of them had cards. A view that also filters by publisher or coverage gets
 * a page only when it lists a card, which keeps the number of pages in step with the catalogue;
 * the index shows an empty option as unavailable instead of linking to it.
 */
export function indexViewHasPage(cards: readonly ListedCard[], view: IndexView): boolean {
	return !filtersPublisherOrCoverage(view) || countInView(cards, view) > 0;
}

/** The views that get a page, the default view (the home page) included. */
export function builtIndexViews(cards: readonly ListedCard[]): IndexView[] {
	return allIndexViews().filter((view) => indexViewHasPage(cards, view));
}

const COVERAGE_PHRASES: Record<Coverage, string> = {
	full: 'with full coverage',
	headline: 'with headline coverage only',
};

/** The view's page title, e.g. "Addenda · OpenAI · Preparedness Framework v2 · Oldest first". */
export function indexViewTitle(view: IndexView): string {
	return [
		view.kind === 'all' ? 'All cards' : CARD_KIND_PLURALS[view.kind],
		view.publisher === 'all' ? '' : registry.publisher(view.publisher).name,
		view.framework === 'all' ? '' : registry.frameworkLabel(view.framework),
		view.coverage === 'all' ? '' : COVERAGE_PHRASES[view.coverage],
		INDEX_ORDER_LABELS[view.order],
	]
		.filter(Boolean)
		.join(' · ');
}

/** The view described in a sentence, for the table caption: "Addenda by OpenAI under …, newest first". */
export function indexViewCaption(view: IndexView): string {
	const framework =
		view.framework === 'all'
			? ''
			: registry.find(view.framework)
				? `under the ${registry.frameworkLabel(view.framework)}`
				: 'under no framework';
	const cards = [
		view.kind === 'all' ? 'All cards' : CARD_KIND_PLURALS[view.kind],
		view.publisher === 'all' ? '' : `by ${registry.publisher(view.publisher).name}`,
		framework,
		view.coverage === 'all' ? '' : COVERAGE_PHRASES[view.coverage],
	]
		.filter(Boolean)
		.join(' ');
	return `${cards}, ${INDEX_ORDER_LABELS[view.order].toLowerCase()}`;
}

/**
 * Compares publication dates that may be partial ("2025-09", "2024"): a plain string comparison of
 * the ISO forms orders them correctly, with a partial date before the full dates it contains.
 * Unknown dates go last in either order, since they can't be placed.
 */
export function compareDates(a: string, b: string, order: IndexOrder): number {
	if (a === UNKNOWN_DATE || b === UNKNOWN_DATE)
		return Number(a === UNKNOWN_DATE) - Number(b === UNKNOWN_DATE);
	return order === 'newest' ? b.localeCompare(a) : a.localeCompare(b);
}

function matches(card: ListedCard, view: IndexView): boolean {
	return FILTERS.every((filter) => view[filter] === 'all' || card.data[filter] === view[filter]);
}

/**
 * The cards with the same value for every filter, as one card of each and how many there are. A
 * view matches all of a group or none of it, so counting a view's cards looks at each group once
 * instead of at every card. Kept per list of cards: the index asks for about 20,000 counts (every
 * option of every view's menus, and whether each possible view has a page).
 */
const groupsByList = new WeakMap<
	readonly ListedCard[],
	Array<{ card: ListedCard; count: number }>
>();
function filterGroups(cards: readonly ListedCard[]) {
	let groups = groupsByList.get(cards);
	if (!groups) {
		const byValues = new Map<string, { card: ListedCard; count: number }>();
		for (const card of cards) {
			const values = FILTERS.map((filter) => card.data[filter]).join('\n');
			const group = byValues.get(values);
			if (group) group.count++;
			else byValues.set(values, { card, count: 1 });
		}
		groups = [...byValues.values()];
		groupsByList.set(cards, groups);
	}
	return groups;
}

/** How many cards a view shows: its filters without its order, which the counts in menus don't need. */
export function countInView(cards: readonly ListedCard[], view: IndexView): number {
	return filterGroups(cards).reduce(
		(count, group) => count + (matches(group.card, view) ? group.count : 0),
		0,
	);
}

/** The cards a view shows, in its order; ties broken by title so the order never flips between builds. */
export function cardsInView<T extends ListedCard>(cards: readonly T[], view: IndexView): T[] {
	return cards
		.filter((card) => matches(card, view))
		.sort(
			(a, b) =>
				compareDates(a.data.published, b.data.published, view.order) ||
				a.data.title.localeCompare(b.data.title),
		);
}

/** Where the record stops, for each publisher the view lists that says so. */
export function recordedThrough(
	registry: Pick<Registry, 'publishers'>,
	view: Pick<IndexView, 'publisher'>,
): Array<{ name: string; date: string; note: string }> {
	return registry.publishers
		.filter((publisher) => view.publisher === 'all' || publisher.id === view.publisher)
		.flatMap((publisher) =>
			publisher.recordedThrough ? [{ name: publisher.name, ...publisher.recordedThrough }] : [],
		);
}
