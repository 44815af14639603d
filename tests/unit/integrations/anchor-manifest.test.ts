import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeAnchorManifest } from '../../../src/integrations/anchor-manifest.ts';
import { readBuiltPages, readBuiltPagesForManifest } from '../../../src/lib/built-pages.ts';

const buildDone = (dir: string) => () =>
	writeAnchorManifest(dir, { info: () => {} } as unknown as Parameters<
		typeof writeAnchorManifest
	>[1]);

test('a build that wrote no pages fails instead of publishing an empty site', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'cardshelf-empty-'));
	try {
		await expect(buildDone(dir)()).rejects.toThrow(
			'The build wrote no pages; nothing is published.',
		);
		writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title><p id="a">a</p>');
		await expect(buildDone(dir)()).resolves.toBeUndefined();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the pages the manifest reads are the pages read at once, links left out, in the same order', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'cardshelf-scan-'));
	try {
		for (const [path, html] of [
			['index.html', '<a href="#a" data-anchor-label="A">#</a><h2 id="a">A</h2>'],
			['cards/x/index.html', '<p id="b" data-alias-of="c"></p><p id="c"></p><a href="/x/">x</a>'],
			['cards/y/index.html', '<a href="/z/" data-redirect-target>z</a>'],
		] as const) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), html);
		}
		const pages = await readBuiltPagesForManifest(dir);
		expect([...pages]).toEqual(
			[...readBuiltPages(dir)].map(([path, page]) => [path, { ...page, links: [] }]),
		);
		expect([...pages.keys()]).toEqual(['/cards/x/', '/cards/y/', '/']);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
