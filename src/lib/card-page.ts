/** What a card page's components need to render data placed in its MDX body. */
import type { Evaluation } from '../schema/evaluation.ts';
import type { Source } from '../schema/source.ts';
import { referencedIds } from './references.ts';

export interface CardPageContext {
	cardId: string;
	evaluations: Map<string, Evaluation>;
	modelName: (id: string) => string;
	source: (id: string) => Source | undefined;
	/** Old anchor ids that now land on the given anchor (from the card's `anchorAliases`). */
	aliasesOf: (anchorId: string) => string[];
	/** The text of a prose heading, by id, for its anchor's label. */
	headingText: (id: string) => string | undefined;
}

/** Inverts `{ old: new }` into a lookup from an anchor to the old ids that must still reach it. */
export function aliasLookup(aliases: Readonly<Record<string, string>>): (anchorId: string) => string[] {
	const byTarget = new Map<string, string[]>();
	for (const [from, to] of Object.entries(aliases)) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
	return (anchorId) => byTarget.get(anchorId) ?? [];
}

/** `o3-mini/personqa` → `personqa`, for the evaluations of one card. */
export function evaluationsOfCard<T extends { id: string; data: Evaluation }>(cardId: string, entries: readonly T[]): Map<string, Evaluation> {
	const prefix = `${cardId}/`;
	return new Map(entries.filter((entry) => entry.id.startsWith(prefix)).map((entry) => [entry.id.slice(prefix.length), entry.data]));
}


/** Every source a card page cites, the card's own list first, so each locator's link has a target. */
export function sourcesCitedByCard(card: { sources: unknown }, evaluations: ReadonlyMap<string, Evaluation>, models: readonly unknown[]): string[] {
	return referencedIds('sources', [card.sources, card, [...evaluations.values()], models]);
}
