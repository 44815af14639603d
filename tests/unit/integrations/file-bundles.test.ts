import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { FILE_BUNDLE_FOLDER, unpackFileBundles } from '../../../src/integrations/file-bundles.ts';

let dist: string;
const writeBundle = (name: string, files: Record<string, string>) => {
	mkdirSync(join(dist, FILE_BUNDLE_FOLDER), { recursive: true });
	writeFileSync(join(dist, FILE_BUNDLE_FOLDER, name), JSON.stringify(files));
};
beforeEach(() => void (dist = mkdtempSync(join(tmpdir(), 'cardshelf-bundles-'))));
afterEach(() => rmSync(dist, { recursive: true, force: true }));

test('each file of each bundle is written at its path, and the bundles are removed', () => {
	writeBundle('a.json', { '/cards/x/evals/y.csv': 'model,value\no1,1\n' });
	writeBundle('b.json', { '/api/cards/x.json': '{}\n' });

	expect(unpackFileBundles(dist)).toBe(2);

	expect(readFileSync(join(dist, 'cards/x/evals/y.csv'), 'utf8')).toBe('model,value\no1,1\n');
	expect(readFileSync(join(dist, 'api/cards/x.json'), 'utf8')).toBe('{}\n');
	expect(existsSync(join(dist, FILE_BUNDLE_FOLDER))).toBe(false);
});

test('a bundle that names a path outside the site fails the build', () => {
	writeBundle('bad.json', { '/../escaped.txt': 'x' });

	expect(() => unpackFileBundles(dist)).toThrow(
		'The file bundle bad.json names /../escaped.txt, which is outside the site.',
	);
	expect(existsSync(join(dist, '..', 'escaped.txt'))).toBe(false);
});

test('a build without bundles writes nothing', () => {
	expect(unpackFileBundles(dist)).toBe(0);
});
