/**
 * A compare page, /compare/<a>-vs-<b>/: the two models' newest ratings side by side under each
 * framework that rated either, and every figure both were measured on the same way.
 */
import type { Framework } from '../frameworks/types.ts';
import { comparePath, sharedResults, type SharedResult } from './benchmark-results.ts';
import type { Catalogue } from './catalogue.ts';
import { resultsByModel } from './model-page.ts';
import type { RatingFact } from './rating-facts.ts';
import { riskMatrices } from './risk-matrix.ts';
import { listPageHrefs, paginate, type ListPage } from './pagination.ts';

/** The shared figures start on the compare page and continue at /compare/<pair>/shared/<n>/. */
export const sharedPageHrefs = (a: string, b: string, count: number): string[] =>
	listPageHrefs(`${comparePath(a, b)}#shared`, `${comparePath(a, b)}shared/`, count);

export interface CompareRatings {
	framework: Framework;
	rows: Array<{ label: string; a?: RatingFact; b?: RatingFact }>;
	/** Per model: true when it comes from another lab than the framework, so it has no rating there to recover. */
	otherLab: { a: boolean; b: boolean };
}

export interface ComparePageData {
	ratings: CompareRatings[];
	shared: SharedResult[];
	sharedPages: Array<ListPage<SharedResult>>;
}

/** Kept for the build: the compare page and its continuation pages both read it. */
export const comparePageData = (catalogue: Catalogue, a: string, b: string): ComparePageData =>
	catalogue.derived(`compare-page:${a}:${b}`, () => computeComparePageData(catalogue, a, b));

function computeComparePageData(catalogue: Catalogue, a: string, b: string): ComparePageData {
	const byModel = resultsByModel(catalogue);
	// Both models' results in the catalogue's order, so pairs come in the order of the cards' tables.
	const position = catalogue.derived(
		'result-positions',
		({ results }) => new Map(results.map((result, index) => [result, index])),
	);
	const results = [...(byModel.get(a) ?? []), ...(byModel.get(b) ?? [])].sort(
		(x, y) => position.get(x)! - position.get(y)!,
	);
	const shared = sharedResults(a, b, results);
	return {
		ratings: riskMatrices(catalogue).flatMap((matrix) => {
			const rowA = matrix.rows.find((row) => row.modelId === a);
			const rowB = matrix.rows.find((row) => row.modelId === b);
			if (!rowA && !rowB) return [];
			const otherLab = (id: string) =>
				catalogue.model(id)?.publisher !== matrix.framework.publisher;
			return [
				{
					framework: matrix.framework,
					otherLab: { a: otherLab(a), b: otherLab(b) },
					rows: matrix.categories.map((category) => ({
						label: category.label,
						a: rowA?.cells[category.id]?.[0],
						b: rowB?.cells[category.id]?.[0],
					})),
				},
			];
		}),
		shared,
		sharedPages: paginate(shared),
	};
}
