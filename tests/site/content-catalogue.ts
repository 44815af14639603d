/**
 * The catalogue of the real content, built the way the site builds it, from what the content check
 * validated: site tests derive the values they expect from it.
 */
import { checkContent } from '../../src/lib/content-check.ts';
import { buildCatalogue, type Catalogue } from '../../src/lib/catalogue.ts';

let catalogue: Catalogue | undefined;

export function contentCatalogue(): Catalogue {
	catalogue ??= catalogueOf('content');
	return catalogue;
}

/** The catalogue of any content folder (a fixture's, a synthetic one). */
export function catalogueOf(contentRoot: string): Catalogue {
	const checked = checkContent(contentRoot, process.cwd());
	const entries = <T>(map: Map<string, T>) => [...map].map(([id, data]) => ({ id, data }));
	return buildCatalogue({
		cards: entries(checked.cards),
		evaluations: entries(checked.evaluations),
		models: entries(checked.models),
		sources: entries(checked.sources),
		benchmarks: entries(checked.benchmarks),
	});
}
