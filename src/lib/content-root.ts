/**
 * The content folder. `CARDSHELF_CONTENT_DIR` points a build at another tree, which is how the
 * tests build fixture sites with bad content.
 */
import { resolve } from 'node:path';

export function contentRoot(): string {
	return resolve(process.env['CARDSHELF_CONTENT_DIR'] ?? 'content');
}
