/**
 * The risk explorer's data, a view of the rating facts: one matrix per framework in the registry,
 * models against the framework's rated categories, each cell the model's ratings there, newest
 * first. Frameworks never share a matrix: their scales differ.
 */
import type { Framework, FrameworkCategory, FrameworkStep } from '../frameworks/types.ts';
import { ratedCategories } from '../schema/rating.ts';
import type { Catalogue } from './catalogue.ts';
import { frameworkMappings, isVersionLineage } from './framework-pages.ts';
import { categoryFacts, type RatingFact } from './rating-facts.ts';

/**
 * The newest ratings a cell of /risk/ shows; older ones are on the model's page. A model rated by
 * dozens of cards would otherwise make the page grow with every card.
 */
export const RATINGS_PER_CELL = 3;

export interface MatrixRow {
	modelId: string;
	/** Category → ratings of this model in it, newest first. */
	cells: Record<string, RatingFact[]>;
}

export interface RiskMatrix {
	framework: Framework;
	categories: FrameworkCategory[];
	/** The steps ratings of each category are grouped by on the per-level pages. */
	levels: Record<string, readonly FrameworkStep[]>;
	rows: MatrixRow[];
}

/** One matrix per framework, oldest framework first; rows by model name. Computed once per build. */
export function riskMatrices(catalogue: Catalogue): RiskMatrix[] {
	return catalogue.derived('risk-matrices', ({ registry, ratings, modelName }) =>
		registry.frameworks.map((framework) => {
			const rows = new Map<string, MatrixRow>();
			for (const fact of categoryFacts(ratings)) {
				if (fact.framework !== framework) continue;
				for (const modelId of fact.modelIds) {
					const row = rows.get(modelId) ?? { modelId, cells: {} };
					(row.cells[fact.category!] ??= []).push(fact);
					rows.set(modelId, row);
				}
			}
			const rated = ratedCategories(framework);
			const adapter = registry.adapterOf(framework);
			return {
				framework,
				categories: framework.categories.filter((category) => rated.includes(category.id)),
				levels: Object.fromEntries(
					rated.map((category) => [category, adapter.groupingLevels(framework, category)]),
				),
				rows: [...rows.values()].sort((a, b) =>
					modelName(a.modelId).localeCompare(modelName(b.modelId)),
				),
			};
		}),
	);
}

/** Models whose newest rating in this category is at exactly this level. */
export function modelsAtLevel(
	matrix: RiskMatrix,
	category: string,
	level: string,
): Array<{ modelId: string; rating: RatingFact }> {
	return matrix.rows.flatMap((row) => {
		const newest = row.cells[category]?.[0];
		return newest && newest.view.level.id === level
			? [{ modelId: row.modelId, rating: newest }]
			: [];
	});
}

/** `/risk/<framework-id>/<category>/<level>/`: the framework is in the path, as frameworks share category and level ids. */
export const riskLevelPath = (frameworkSlug: string, category: string, level: string): string =>
	`/risk/${frameworkSlug}/${category}/${level}/`;

/** The id of a framework's section on /risk/, and of a model's row in it. */
export const riskSectionId = (frameworkSlug: string): string => `matrix-${frameworkSlug}`;
export const riskRowId = (frameworkSlug: string, modelId: string): string =>
	`${frameworkSlug}-${modelId}`;

/** The id of a lineage section on /risk/: both framework ids, so adding a lineage moves no other. */
export const riskLineageId = (from: string, to: string): string => `lineage-${from}-${to}`;

/**
 * The risk explorer by publisher: each lab's framework matrices, oldest first, then the lineages
 * between versions of its frameworks. Crosswalks between frameworks of different labs, or in force
 * side by side, are on /frameworks/, never here.
 */
export function riskExplorerSections(catalogue: Catalogue) {
	const { registry } = catalogue;
	const matrices = riskMatrices(catalogue);
	const lineages = frameworkMappings(registry).filter(isVersionLineage);
	return registry.publishers
		.map((publisher) => ({
			publisher,
			id: `publisher-${publisher.id}`,
			matrices: matrices.filter((matrix) => matrix.framework.publisher === publisher.id),
			lineages: lineages
				.filter((mapping) => mapping.to.publisher === publisher.id)
				.map((mapping) => ({ mapping, id: riskLineageId(mapping.from.id, mapping.to.id) })),
		}))
		.filter((section) => section.matrices.length > 0);
}
