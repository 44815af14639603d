import { expect, test } from 'vitest';
import { registry } from '../../../src/frameworks/registry.ts';
import {
	frameworkMappings,
	frameworksAlongside,
	isVersionLineage,
} from '../../../src/lib/framework-pages.ts';

// The registry's own entries: the Frontier Governance Framework names version 2 of the
// Preparedness Framework in `alongside`, and version 2 replaces version 1.
const ids = (frameworks: ReadonlyArray<{ id: string }>) => frameworks.map(({ id }) => id);

test('frameworks in force side by side are found from either of the two', () => {
	expect(ids(frameworksAlongside(registry, registry.get('fgf')))).toEqual(['pf-v2']);
	expect(ids(frameworksAlongside(registry, registry.get('pf-v2')))).toEqual(['fgf']);
	expect(frameworksAlongside(registry, registry.get('pf-v1'))).toEqual([]);
});

test('a crosswalk to a framework in force alongside is not a lineage of versions', () => {
	const pairs = frameworkMappings(registry).map((mapping) => [
		mapping.from.id,
		mapping.to.id,
		isVersionLineage(mapping),
	]);
	expect(pairs).toContainEqual(['pf-v1', 'pf-v2', true]);
	expect(pairs).toContainEqual(['pf-v2', 'fgf', false]);
});
