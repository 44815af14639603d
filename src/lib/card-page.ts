/** What a card page's components need to render data placed in its MDX body. */
import type { Evaluation } from '../schema/evaluation.ts';
import type { Source } from '../schema/source.ts';

export interface CardPageContext {
	cardId: string;
	evaluations: Map<string, Evaluation>;
	modelName: (id: string) => string;
	source: (id: string) => Source | undefined;
}

/** `o3-mini/personqa` → `personqa`, for the evaluations of one card. */
export function evaluationsOfCard<T extends { id: string; data: Evaluation }>(cardId: string, entries: readonly T[]): Map<string, Evaluation> {
	const prefix = `${cardId}/`;
	return new Map(entries.filter((entry) => entry.id.startsWith(prefix)).map((entry) => [entry.id.slice(prefix.length), entry.data]));
}

