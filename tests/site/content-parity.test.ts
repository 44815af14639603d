/**
 * The real content, as the site build loaded it (`npm test` builds just before the site tests, with
 * Astro's content store in node_modules/.astro), is the data the content check read: every entry
 * of every collection, field by field.
 */
import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { expectLoaderToMatchCheck } from '../content/content-parity.ts';

test('the content check and Astro’s loader read every file of the real content to the same data', () => {
	const checked = checkContent('content', process.cwd());
	expect(checked.problems).toEqual([]);
	expect(expectLoaderToMatchCheck('node_modules/.astro/data-store.json', checked)).toBeGreaterThan(
		200,
	);
});
