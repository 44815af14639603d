import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeSyntheticContent } from '../../../scripts/lib/synthetic-content.ts';
import { checkContent } from '../../../src/lib/content-check.ts';

test('the benchmark generator writes content that passes the content check', () => {
	const root = mkdtempSync(join(tmpdir(), 'cardshelf-synthetic-'));
	try {
		writeSyntheticContent(join(root, 'content'), 4, 5);

		const { problems, cards, evaluations } = checkContent(join(root, 'content'), root);

		expect(problems).toEqual([]);
		expect([cards.size, evaluations.size]).toEqual([4, 20]);
		expect(new Set([...cards.values()].map((card) => card.framework))).toEqual(
			new Set(['pf-v1', 'pf-v2']),
		);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
