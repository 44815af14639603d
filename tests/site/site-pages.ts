/** Every page of the built site, as URL paths, found by walking dist/. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function builtPagePaths(dist = 'dist'): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name === 'index.html' && !relative(dist, entry.parentPath).startsWith('pagefind'))
		.map((entry) => `/${relative(dist, join(entry.parentPath))}/`.replace(/\/+/g, '/'))
		.sort();
}
