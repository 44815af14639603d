import { expect, test } from 'vitest';
import { proseHeadingIds } from '../../../src/lib/content-check.ts';

test('heading ids match the MDX build: h2 and h3 only, repeats numbered, fenced code skipped', () => {
	const body = [
		'# Title',
		'## Product-level safeguards: the sandbox',
		'text',
		'### Safeguards',
		'```',
		'## Not a heading',
		'```',
		'## Safeguards',
		'#### Deep',
	].join('\n');
	expect(proseHeadingIds(body)).toEqual([
		'product-level-safeguards-the-sandbox',
		'safeguards',
		'safeguards-1',
	]);
});
