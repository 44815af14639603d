/**
 * The card index: which cards a view shows and in what order. Every view is a static page, so the
 * index can be filtered and sorted without JavaScript, and each view has a URL that can be linked.
 */
import { CARD_KINDS, type CardKind } from '../schema/card.ts';
import { FRAMEWORK_IDS, type FrameworkId } from '../schema/framework.ts';
import { UNKNOWN_DATE } from '../schema/shared.ts';

export interface ListedCard {
	id: string;
	data: { title: string; published: string; kind: CardKind; framework: FrameworkId };
}

export const INDEX_ORDERS = ['newest', 'oldest'] as const;
export type IndexOrder = (typeof INDEX_ORDERS)[number];
export const INDEX_ORDER_LABELS: Record<IndexOrder, string> = { newest: 'Newest first', oldest: 'Oldest first' };

export interface IndexView {
	kind: CardKind | 'all';
	framework: FrameworkId | 'all';
	order: IndexOrder;
}

export const DEFAULT_INDEX_VIEW: IndexView = { kind: 'all', framework: 'all', order: 'newest' };

/** Every combination of filters and order: one static page each. */
export function allIndexViews(): IndexView[] {
	return (['all', ...CARD_KINDS] as const).flatMap((kind) =>
		(['all', ...FRAMEWORK_IDS] as const).flatMap((framework) => INDEX_ORDERS.map((order) => ({ kind, framework, order }))),
	);
}

function isDefaultView(view: IndexView): boolean {
	return view.kind === DEFAULT_INDEX_VIEW.kind && view.framework === DEFAULT_INDEX_VIEW.framework && view.order === DEFAULT_INDEX_VIEW.order;
}

/** `/` for the default view, `/index/<kind>/<framework>/<order>/` for the others. */
export function indexViewPath(view: IndexView): string {
	return isDefaultView(view) ? '/' : `/index/${view.kind}/${view.framework}/${view.order}/`;
}

/**
 * Compares publication dates that may be partial ("2025-09", "2024"): a plain string comparison of
 * the ISO forms orders them correctly, with a partial date before the full dates it contains.
 * Unknown dates go last in either order, since they can't be placed.
 */
function compareDates(a: string, b: string, order: IndexOrder): number {
	if (a === UNKNOWN_DATE || b === UNKNOWN_DATE) return Number(a === UNKNOWN_DATE) - Number(b === UNKNOWN_DATE);
	return order === 'newest' ? b.localeCompare(a) : a.localeCompare(b);
}

/** The cards a view shows, in its order; ties broken by title so the order never flips between builds. */
export function cardsInView<T extends ListedCard>(cards: readonly T[], view: IndexView): T[] {
	return cards
		.filter((card) => (view.kind === 'all' || card.data.kind === view.kind) && (view.framework === 'all' || card.data.framework === view.framework))
		.sort((a, b) => compareDates(a.data.published, b.data.published, view.order) || a.data.title.localeCompare(b.data.title));
}

