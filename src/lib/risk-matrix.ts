/**
 * The risk explorer's data: for each framework version, which models were rated in which category,
 * at what level, by which card. Pure, so the matrix and the per-level pages can be unit-tested.
 */
import type { Card, Rating } from '../schema/card.ts';
import { FRAMEWORKS, V1_LEVELS, V2_DETERMINATIONS, type V1Level, type V2Determination } from '../schema/framework.ts';
import { cardPath, ratingAnchor } from './anchors.ts';
import { cardsInView, DEFAULT_INDEX_VIEW } from './card-list.ts';
import { v1GatingLevel, v1Score, type V1Score } from './ratings.ts';

type RatedFramework = keyof typeof FRAMEWORKS;

export interface MatrixRating {
	cardId: string;
	cardTitle: string;
	published: string;
	/** Link to the rating on its card. */
	href: string;
	/** v1: the score; v2: the determination. */
	v1?: V1Score;
	v2?: V2Determination;
	/** The level the rating is filtered and grouped by (v1: post-mitigation or the single level). */
	level: V1Level | V2Determination;
}

export interface MatrixRow {
	modelId: string;
	/** Category → ratings of this model in it, newest card first. */
	cells: Record<string, MatrixRating[]>;
}

export interface RiskMatrix {
	framework: RatedFramework;
	categories: readonly string[];
	rows: MatrixRow[];
}

/** A rating with its card and a link to it there, as the matrix and other cross-card views show it. */
export function toMatrixRating(cardId: string, card: Card, rating: Rating): MatrixRating {
	const base = { cardId, cardTitle: card.title, published: card.published, href: `${cardPath(cardId)}#${ratingAnchor(rating.category, rating.models?.map((model) => model.id))}` };
	if ('determination' in rating) return { ...base, v2: rating.determination, level: rating.determination };
	const score = v1Score(rating);
	return { ...base, v1: score, level: v1GatingLevel(score) };
}

/**
 * One matrix per framework version. Rows are models with at least one rating under that version,
 * ordered by name; a model rated by several cards keeps every rating, newest first.
 */
export function buildRiskMatrices(cards: ReadonlyArray<{ id: string; data: Card }>, modelName: (id: string) => string): RiskMatrix[] {
	const newestFirst = cardsInView(cards, DEFAULT_INDEX_VIEW);
	return (Object.keys(FRAMEWORKS) as RatedFramework[]).map((framework) => {
		const rows = new Map<string, MatrixRow>();
		for (const { id, data } of newestFirst) {
			if (data.framework !== framework) continue;
			for (const rating of data.ratings as Rating[]) {
				for (const model of rating.models ?? data.models) {
					const row = rows.get(model.id) ?? { modelId: model.id, cells: {} };
					(row.cells[rating.category] ??= []).push(toMatrixRating(id, data, rating));
					rows.set(model.id, row);
				}
			}
		}
		return {
			framework,
			categories: FRAMEWORKS[framework].categories,
			rows: [...rows.values()].sort((a, b) => modelName(a.modelId).localeCompare(modelName(b.modelId))),
		};
	});
}

/** The levels a category can be rated at, in order: v1 levels, or v2 determinations. */
export function levelsOf(framework: RatedFramework): readonly (V1Level | V2Determination)[] {
	return framework === 'pf-v1' ? V1_LEVELS : V2_DETERMINATIONS;
}

/** Models with a rating at exactly this level in this category (by their newest rating there). */
export function modelsAtLevel(matrix: RiskMatrix, category: string, level: string): Array<{ modelId: string; rating: MatrixRating }> {
	return matrix.rows.flatMap((row) => {
		const newest = row.cells[category]?.[0];
		return newest && newest.level === level ? [{ modelId: row.modelId, rating: newest }] : [];
	});
}

/** `/risk/v1/cbrn/medium/`: the version is in the path because v1 and v2 both have cybersecurity, and both have High. */
export const riskLevelPath = (framework: RatedFramework, category: string, level: string): string => `/risk/${framework === 'pf-v1' ? 'v1' : 'v2'}/${category}/${level}/`;
