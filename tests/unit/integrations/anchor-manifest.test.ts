import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { anchorManifest } from '../../../src/integrations/anchor-manifest.ts';

const buildDone = (dir: string) => {
	const hook = anchorManifest().hooks['astro:build:done'] as (options: unknown) => void;
	return () => hook({ dir: pathToFileURL(`${dir}/`), logger: { info: () => {} } });
};

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
