/**
 * `npm run build`: builds into a staging folder and publishes it only when the whole build, search
 * index included, has succeeded. A failed or interrupted build leaves the last good dist/ as it was.
 *
 * - One build at a time per project: a second build waits for the lock (`.build.lock`), since
 *   builds in one project share Astro's generated files, whatever folder they publish to. A lock
 *   whose build is gone is taken over, and its staging folder removed.
 * - Astro runs as a child that exits when this process does, however it ends (even `kill -9`), so
 *   no build keeps writing after its parent is gone.
 * - Before anything is built, the folder dist/ lives in must be writable; if not, the build stops
 *   with a plain message and dist/ is not touched.
 * - dist/ is a link to the published build in `<dist>.builds/`. Publishing points a new link at the
 *   new build and renames it over dist/, which replaces it in one step: there is no moment without
 *   a dist/. Older builds are then removed.
 */
import { spawn } from 'node:child_process';
import {
	accessSync,
	constants,
	existsSync,
	lstatSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	readlinkSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

const dist = resolve(process.env.CARDSHELF_DIST ?? 'dist');
const parent = dirname(dist);
const name = basename(dist);
// One lock for the whole project, not per output folder: every build here shares Astro's generated
// files (.astro/) and content store, whatever folder it publishes to.
const lock = resolve('.build.lock');
const builds = `${dist}.builds`;
const staging = join(parent, `${name}.staging-${process.pid}`);

const isAlive = (pid) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
};

function fail(message, code = 1) {
	console.error(`\n${message}`);
	process.exit(code);
}

// Fail before building, and before touching dist/, if it cannot be published.
try {
	mkdirSync(parent, { recursive: true });
	accessSync(parent, constants.W_OK);
	const probe = join(parent, `.${name}.probe-${process.pid}`);
	writeFileSync(probe, '');
	rmSync(probe);
} catch (error) {
	fail(
		`Cannot publish to ${dist}: ${parent} is not a folder this build can write to (${error.code ?? error.message}). Nothing was built, and ${dist} is as it was.`,
	);
}

async function takeLock() {
	let waiting = false;
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			return;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
		}
		let owner = Number.NaN;
		try {
			owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
		} catch {
			// Being written by its owner right now, or left without a pid: look again shortly.
		}
		if (Number.isInteger(owner) && !isAlive(owner)) {
			rmSync(lock, { recursive: true, force: true });
			continue;
		}
		if (!waiting && Number.isInteger(owner))
			console.log(`Waiting for the build in process ${owner} to finish...`);
		waiting = true;
		await new Promise((done) => setTimeout(done, 250));
	}
}

const releaseLock = () => {
	try {
		if (readFileSync(join(lock, 'pid'), 'utf8') === String(process.pid))
			rmSync(lock, { recursive: true, force: true });
	} catch {
		// Not ours, or gone already.
	}
};

/** Staging folders of builds that are no longer running. */
function removeLeftovers() {
	for (const entry of readdirSync(parent)) {
		const pid = Number(
			entry.startsWith(`${name}.staging-`) ? entry.slice(`${name}.staging-`.length) : Number.NaN,
		);
		if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid))
			rmSync(join(parent, entry), { recursive: true, force: true });
	}
}

await takeLock();
process.on('exit', () => {
	rmSync(staging, { recursive: true, force: true });
	releaseLock();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));
removeLeftovers();

/**
 * Builds older than the published one, removed while Astro builds. (The published one stays, and
 * after publishing it is kept one more round, for anything still reading it.) Removed after
 * publishing instead, they took the last 2 s of a 1,000-card build.
 */
function removeOlderBuilds() {
	if (!existsSync(builds)) return Promise.resolve();
	const current =
		existsSync(dist) && lstatSync(dist).isSymbolicLink()
			? resolve(parent, readlinkSync(dist))
			: undefined;
	return Promise.all(
		readdirSync(builds)
			.map((entry) => join(builds, entry))
			.filter((build) => build !== current)
			.map((build) => rm(build, { recursive: true, force: true })),
	);
}
const olderBuildsRemoved = removeOlderBuilds();

/**
 * A production environment: NODE_ENV=production, and none of the names Vite gives
 * `import.meta.env`'s own fields. A build started from a test (Vitest sets NODE_ENV=test and DEV=1)
 * was otherwise built as if for the dev server: every page recomputed the catalogue, and the
 * dev-only routes were built too.
 *
 * MIMALLOC_PURGE_DELAY=0 (unless set): Vite's bundler, Rolldown, allocates with mimalloc, which by
 * default keeps the memory it has freed for a while in case it is asked again. Bundling is over
 * before the pages render, so nothing asks again: at 1,000 cards about 200 MB stayed resident
 * through the rest of the build. With no delay it goes back to the system when freed.
 * MALLOC_ARENA_MAX=2 (unless set): glibc's allocator gives each thread that allocates an arena of
 * its own, up to eight per core, and memory freed in one arena is not reused by another; the build
 * has a dozen threads (Vite's, V8's, Node's, the anchor scan). Two arenas took about 60 MB off the
 * peak at 1,000 cards, at no cost in time we could measure.
 */
function productionEnv(env) {
	const { DEV, PROD, MODE, SSR, BASE_URL, ...rest } = env;
	return { MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2', ...rest, NODE_ENV: 'production' };
}

const astro = resolve('node_modules/astro/bin/astro.mjs');
// --force: content is synced from scratch on every build. Astro's content cache is shared by every
// build in this folder, including the tests' fixture builds from other content folders, and a
// stale cache can point at files that no longer exist. Syncing takes well under a second.
const child = spawn(
	process.execPath,
	[
		'--import',
		resolve('scripts/lib/exit-with-parent.mjs'),
		astro,
		'build',
		'--force',
		...process.argv.slice(2),
	],
	{
		stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
		env: {
			...productionEnv(process.env),
			CARDSHELF_OUT_DIR: staging,
			// Checked here instead (below), so Astro's own content check stands down.
			CARDSHELF_CONTENT_CHECK: 'beside-the-build',
		},
	},
);
writeFileSync(join(lock, 'child'), String(child.pid));
const exited = new Promise((done) =>
	child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))),
);

/*
 * The content check runs on a thread of this process while Astro starts and syncs the content in
 * its own: 3-4 s at 1,000 cards that no longer come first (the machines here have two cores), and a
 * heap that goes when the thread ends instead of staying in Astro's. Astro's output is held until
 * the check has passed, so bad content is reported by the check alone: a schema error Astro met
 * first in the same content would only say less.
 */
const distLeftAsItWas = () =>
	existsSync(dist) ? `the last good build in ${dist} is unchanged` : 'nothing was published';
const held = [];
let checked = false;
for (const [from, to] of [
	[child.stdout, process.stdout],
	[child.stderr, process.stderr],
])
	from.on('data', (chunk) => (checked ? to.write(chunk) : held.push([to, chunk])));
const check = await new Promise((done) => {
	const thread = new Worker(new URL('./lib/content-check-thread.ts', import.meta.url));
	thread.once('message', done);
	thread.once('error', (error) =>
		done({ report: `The content check failed: ${error.stack ?? error}` }),
	);
});
if (check.report) {
	child.kill('SIGKILL');
	await exited;
	console.error(check.report);
	fail(`Build failed; ${distLeftAsItWas()}.`);
}
console.log(check.summary);
checked = true;
for (const [to, chunk] of held) to.write(chunk);
const status = await exited;

if (status !== 0 || !existsSync(join(staging, 'index.html'))) {
	fail(
		`Build failed${status === 0 ? ': it wrote no home page' : ''}; ${distLeftAsItWas()}.`,
		status || 1,
	);
}

// Publish: the new build under <dist>.builds/, then a link to it renamed over dist/ in one step.
mkdirSync(builds, { recursive: true });
const published = join(builds, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
renameSync(staging, published);
const previous =
	existsSync(dist) && lstatSync(dist).isSymbolicLink()
		? resolve(parent, readlinkSync(dist))
		: undefined;
if (existsSync(dist) && !lstatSync(dist).isSymbolicLink()) {
	// A dist/ from before builds were linked: kept as an older build, replaced just below.
	renameSync(dist, join(builds, `earlier-${process.pid}`));
}
const link = join(parent, `.${name}.link-${process.pid}`);
symlinkSync(relative(parent, published), link, 'dir');
renameSync(link, dist);
// The build just replaced stays one more round, for anything still reading it. Older ones were
// removed during the build; what is left is a dist/ from before builds were linked.
await olderBuildsRemoved;
for (const entry of readdirSync(builds))
	if (![published, previous].includes(join(builds, entry)))
		rmSync(join(builds, entry), { recursive: true, force: true });
console.log(`Published to ${dist}.`);
