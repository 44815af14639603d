/**
 * The catalogue of the build: the content collections loaded once, with the lookups and flat lists
 * every page reads (see src/lib/catalogue.ts). Every page and endpoint awaits the same promise, so
 * no page recomputes what another has already computed.
 */
import { getCollection } from 'astro:content';
import { buildCatalogue, type Catalogue } from './lib/catalogue.ts';

let loaded: Promise<Catalogue> | undefined;

export function loadCatalogue(): Promise<Catalogue> {
	// The dev server keeps modules between requests, and content may have changed since.
	if (import.meta.env.DEV) loaded = undefined;
	loaded ??= (async () => {
		const [cards, evaluations, models, sources, benchmarks] = await Promise.all([
			getCollection('cards'),
			getCollection('evaluations'),
			getCollection('models'),
			getCollection('sources'),
			getCollection('benchmarks'),
		]);
		return buildCatalogue({ cards, evaluations, models, sources, benchmarks });
	})();
	return loaded;
}
