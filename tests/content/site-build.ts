/**
 * The project's real build (scripts/safe-build.mjs, what `npm run build` runs) in a child process,
 * over the content and into the output folder a test names, so fixture builds never touch the
 * project's own dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const PROJECT = join(import.meta.dirname, '../..');

export interface SiteBuildOptions {
	/** Content folder; the project's own content when left out. */
	content?: string;
	dist: string;
	/** Astro's cache folder (its content store lives there); Astro's default when left out. */
	cache?: string;
	/** More environment for the build. */
	env?: NodeJS.ProcessEnv;
}

export interface SiteBuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
	/** stdout then stderr, for assertion messages. */
	output: string;
}

function buildEnv({ content, dist, cache, env }: SiteBuildOptions): NodeJS.ProcessEnv {
	return {
		...process.env,
		...env,
		...(content && { CARDSHELF_CONTENT_DIR: content }),
		CARDSHELF_DIST: dist,
		...(cache && { CARDSHELF_CACHE_DIR: cache }),
		NO_COLOR: '1',
	};
}

const BUILD_SCRIPT = join(PROJECT, 'scripts/safe-build.mjs');

export function buildSite(options: SiteBuildOptions): SiteBuildResult {
	const result = spawnSync(process.execPath, [BUILD_SCRIPT], { cwd: PROJECT, encoding: 'utf8', env: buildEnv(options) });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}

/** Starts a build without waiting for it, for tests that run builds side by side or stop one. */
export function startSiteBuild(options: SiteBuildOptions) {
	const child = spawn(process.execPath, [BUILD_SCRIPT], { cwd: PROJECT, env: buildEnv(options), stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const done = new Promise<{ status: number | null; output: string }>((resolve) => child.on('exit', (status) => resolve({ status, output })));
	return { child, done };
}
