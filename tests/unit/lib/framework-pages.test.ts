import { expect, test } from 'vitest';
import { registry } from '../../../src/frameworks/registry.ts';
import {
	crosswalkPlacementText,
	frameworkCrosswalk,
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

test('the crosswalk sets every category of every framework version in a risk domain, or lists it outside them', () => {
	const crosswalk = frameworkCrosswalk(registry);
	const rows = crosswalk.groups.flatMap((group) => group.rows);
	expect(ids(rows.map((row) => row.framework))).toEqual(
		expect.arrayContaining(ids(registry.frameworks)),
	);
	expect(rows).toHaveLength(registry.frameworks.length);
	for (const row of rows) {
		const shown = new Set([...row.cells.flat(), ...row.outside].map((cell) => cell.category));
		expect([...shown].sort()).toEqual(ids(row.framework.categories).sort());
	}
	// Groups follow the publishers, and a lab with no framework (DeepSeek) has no group.
	expect(crosswalk.groups.map((group) => group.publisherId)).not.toContain('deepseek');
	expect(crosswalk.groups.map((group) => group.publisherId)).toContain('google-deepmind');
});

test('a crosswalk placement says who makes it, and a category in two domains is in both columns', () => {
	const crosswalk = frameworkCrosswalk(registry);
	const column = (id: string) => crosswalk.domains.findIndex((domain) => domain.id === id);
	const row = (frameworkId: string) =>
		crosswalk.groups.flatMap((group) => group.rows).find((r) => r.framework.id === frameworkId)!;

	const bio = row('pf-v2').cells[column('cbrn')]!.find(
		(cell) => cell.category === 'biological-and-chemical',
	)!;
	expect(bio.placedBy?.id).toBe('ea-forum-safety-plans-2025');
	const nuclear = row('pf-v2').cells[column('cbrn')]!.find(
		(cell) => cell.category === 'nuclear-and-radiological',
	)!;
	expect([nuclear.placedBy, nuclear.monitored]).toEqual([undefined, true]);

	const misuse = (domain: string) =>
		row('xai-rmf-2025-08').cells[column(domain)]!.map((cell) => cell.category);
	expect([misuse('cbrn'), misuse('cyber')]).toEqual([['malicious-use'], ['malicious-use']]);
	expect(row('rsp-v2-2').outside.map((cell) => cell.category)).toEqual(['required-safeguards']);
	expect(crosswalk.domains[column('cbrn')]!.namedBy.map((anchor) => anchor.id)).toContain(
		'metr-common-elements',
	);
});

test('a framework page says where each category sits in the crosswalk, and who places it there', () => {
	const category = (frameworkId: string, id: string) =>
		registry.get(frameworkId).categories.find((entry) => entry.id === id)!;
	expect(crosswalkPlacementText(category('pf-v2', 'biological-and-chemical'))).toBe(
		'In the crosswalk: Chemical, biological, radiological and nuclear weapons (approximate; placed by the EA Forum comparison).',
	);
	expect(crosswalkPlacementText(category('xai-rmf-2025-08', 'malicious-use'))).toBe(
		'In the crosswalk: Chemical, biological, radiological and nuclear weapons and Cyber offense (approximate; our reading).',
	);
	expect(crosswalkPlacementText(category('rsp-v2-2', 'required-safeguards'))).toBe('');
});
