/**
 * `npm run build`: builds into a staging folder and only replaces dist/ when the whole build,
 * search index included, has succeeded. A failed build leaves the last good dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(process.env.CARDSHELF_DIST ?? 'dist');
const staging = `${dist}.staging`;
const previous = `${dist}.previous`;
rmSync(staging, { recursive: true, force: true });

const astro = resolve('node_modules/astro/bin/astro.mjs');
// --force: content is synced from scratch on every build. Astro's content cache in .astro/ is shared
// by every build in this folder, including the tests' fixture builds from other content folders,
// and a stale cache can point at files that no longer exist. Syncing takes well under a second.
const build = spawnSync(process.execPath, [astro, 'build', '--force', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CARDSHELF_OUT_DIR: staging },
});
if (build.status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	console.error(
		`\nBuild failed; ${existsSync(dist) ? `the last good build in ${dist} is unchanged` : 'nothing was published'}.`,
	);
	process.exit(build.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`Published to ${dist}.`);
