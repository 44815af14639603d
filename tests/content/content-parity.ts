/**
 * Compares what the content check read with what Astro's loader stored for a build (its content
 * store, `<cacheDir>/data-store.json`): the same entries, with the same data.
 */
import { readFileSync } from 'node:fs';
import { unflatten } from 'devalue';
import { expect } from 'vitest';
import type { CheckedContent } from '../../src/lib/content-check.ts';

/** Data as JSON sees it: dates as ISO strings, references as they are. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

export function expectLoaderToMatchCheck(storeFile: string, checked: CheckedContent): number {
	const store = unflatten(JSON.parse(readFileSync(storeFile, 'utf8'))) as Map<string, Map<string, { data: unknown }>>;
	const collections = { cards: checked.cards, evaluations: checked.evaluations, models: checked.models, sources: checked.sources, benchmarks: checked.benchmarks };
	let compared = 0;
	for (const [collection, entries] of Object.entries(collections)) {
		const loaded = store.get(collection)!;
		expect([...loaded.keys()].sort(), collection).toEqual([...entries.keys()].sort());
		for (const [id, data] of entries as Map<string, unknown>) {
			expect(plain(loaded.get(id)!.data), `${collection}/${id}`).toEqual(plain(data));
			compared += 1;
		}
	}
	return compared;
}
