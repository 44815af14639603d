/**
 * `npm run anchors:lock`: adds the anchors and pages of the last build (dist/anchors.json) to the
 * committed lock, anchors.lock.json. It refuses when the build dropped something the lock promises;
 * give the old id an alias (or the old card URL a redirect) instead. `--allow-removal` drops them,
 * for the rare case where breaking those links is intended.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	brokenPromises,
	extendLock,
	lockFromManifest,
	type AnchorLock,
	type AnchorManifest,
} from '../src/lib/anchor-manifest.ts';

export const LOCK_FILE = 'anchors.lock.json';

const dist = resolve(process.env['CARDSHELF_DIST'] ?? 'dist');
const lockPath = resolve(process.env['CARDSHELF_ANCHOR_LOCK'] ?? LOCK_FILE);
const manifest = JSON.parse(readFileSync(join(dist, 'anchors.json'), 'utf8')) as AnchorManifest;
const lock: AnchorLock = existsSync(lockPath)
	? JSON.parse(readFileSync(lockPath, 'utf8'))
	: { pages: {} };

const broken = brokenPromises(lock, manifest);
const allowRemoval = process.argv.includes('--allow-removal');
if (broken.length > 0 && !allowRemoval) {
	console.error(
		`The last build dropped ${broken.length} anchor${broken.length === 1 ? '' : 's'} or page${broken.length === 1 ? '' : 's'} that ${LOCK_FILE} keeps:`,
	);
	for (const problem of broken) console.error(`  ${problem}`);
	console.error(
		'Add aliases or redirects and rebuild, or run with --allow-removal to break those links on purpose.',
	);
	process.exit(1);
}
const next = allowRemoval ? lockFromManifest(manifest) : extendLock(lock, manifest);
writeFileSync(lockPath, `${JSON.stringify(next, null, '\t')}\n`);
const count = (value: AnchorLock) =>
	Object.values(value.pages).reduce((sum, ids) => sum + ids.length, 0);
console.log(
	`${LOCK_FILE}: ${Object.keys(next.pages).length} pages, ${count(next)} anchors (was ${count(lock)}).`,
);
