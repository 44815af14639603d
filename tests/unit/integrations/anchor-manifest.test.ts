import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeAnchorManifest } from '../../../src/integrations/anchor-manifest.ts';

const buildDone = (dir: string) => () =>
	writeAnchorManifest(dir, { info: () => {} } as unknown as Parameters<
		typeof writeAnchorManifest
	>[1]);

test('a build that wrote no pages fails instead of publishing an empty site', () => {
	const dir = mkdtempSync(join(tmpdir(), 'cardshelf-empty-'));
	try {
		expect(buildDone(dir)).toThrow('The build wrote no pages; nothing is published.');
		writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title><p id="a">a</p>');
		expect(buildDone(dir)).not.toThrow();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
