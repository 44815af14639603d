/**
 * Builds that cannot publish a broken site: two at once both publish a complete dist/; killing a
 * build's parent stops the build and leaves nothing the next build trips on; a dist/ that cannot
 * be written stops the build before anything is touched; publishing never leaves a moment
 * without a dist/; and only the published build and the one before it are kept.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite, startSiteBuild } from './site-build.ts';

const root = mkdtempSync(join(tmpdir(), 'cardshelf-safety-'));
/** The project's build lock (scripts/safe-build.mjs). */
const LOCK = join(import.meta.dirname, '../../.build.lock');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the valid fixture whose card has the given title. */
function content(name: string, title: string): string {
	const folder = join(root, name, 'content');
	cpSync(join(import.meta.dirname, '../fixtures/valid-content'), folder, { recursive: true });
	const card = join(folder, 'cards/example-card.mdx');
	writeFileSync(card, readFileSync(card, 'utf8').replace('title: Example System Card', `title: ${title}`));
	return folder;
}

const startBuild = (content: string, dist: string) => startSiteBuild({ content, dist });

const isAlive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

async function until(condition: () => boolean, what: string, timeout = 60_000) {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** Everything a published site must have. */
function expectComplete(dist: string) {
	expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('</html>');
	expect(existsSync(join(dist, 'cards/example-card/index.html'))).toBe(true);
	expect(existsSync(join(dist, 'pagefind/pagefind-entry.json'))).toBe(true);
	expect(Object.keys(JSON.parse(readFileSync(join(dist, 'anchors.json'), 'utf8')).pages).length).toBeGreaterThan(5);
}

test('two builds at once both publish a complete site, one after the other', async () => {
	const dist = join(root, 'concurrent', 'dist');
	const first = startBuild(content('first', 'First Build Card'), dist);
	// The second starts once the first holds the lock, so it has to wait however busy the machine
	// is (started together, a loaded machine could finish the first before the second began).
	await until(
		() => existsSync(join(LOCK, 'pid')) && readFileSync(join(LOCK, 'pid'), 'utf8') === String(first.child.pid),
		'the first build to take the lock',
	);
	const second = startBuild(content('second', 'Second Build Card'), dist);
	const [a, b] = await Promise.all([first.done, second.done]);

	expect(a.status, a.output).toBe(0);
	expect(b.status, b.output).toBe(0);
	expect(`${a.output}${b.output}`).toContain('Waiting for the build in process');
	expectComplete(dist);
	const title = readFileSync(join(dist, 'cards/example-card/index.html'), 'utf8');
	expect(title.includes('First Build Card') || title.includes('Second Build Card')).toBe(true);
	expect(existsSync(join(LOCK, 'pid')) && readFileSync(join(LOCK, 'pid'), 'utf8') === String(first.child.pid)).toBe(false);
}, 180_000);

test('publishing replaces dist/ in one step: it never goes missing while a new build is published', async () => {
	const dist = join(root, 'swap', 'dist');
	const folder = content('swap', 'Swapped Card');
	expect(buildSite({ content: folder, dist }).status).toBe(0);
	const watcher = spawn(process.execPath, ['-e', `const fs=require('fs');let missing=0;const t=setInterval(()=>{if(!fs.existsSync(${JSON.stringify(join(dist, 'index.html'))}))missing++;},0);process.on('SIGTERM',()=>{clearInterval(t);fs.writeFileSync(${JSON.stringify(join(root, 'missing.txt'))},String(missing));process.exit(0)});`]);
	const build = startBuild(folder, dist);
	const { status, output } = await build.done;
	watcher.kill('SIGTERM');
	await new Promise((resolve) => watcher.on('exit', resolve));

	expect(status, output).toBe(0);
	expect(readFileSync(join(root, 'missing.txt'), 'utf8')).toBe('0');
	expectComplete(dist);
}, 180_000);

test('killing a build’s parent stops the build, and the next build is clean', async () => {
	const dist = join(root, 'killed', 'dist');
	const folder = content('killed', 'Killed Card');
	const build = startBuild(folder, dist);
	await until(() => existsSync(join(LOCK, 'child')) && readFileSync(join(LOCK, 'pid'), 'utf8') === String(build.child.pid), 'the build to start');
	const astro = Number(readFileSync(join(LOCK, 'child'), 'utf8'));
	build.child.kill('SIGKILL');
	await build.done;

	await until(() => !isAlive(astro), 'the orphaned Astro build to stop', 15_000);
	const next = buildSite({ content: folder, dist });
	expect(next.status, next.output).toBe(0);
	expect(next.output).not.toMatch(/ENOTEMPTY|Error:/);
	expectComplete(dist);
	expect(readdirSync(join(root, 'killed')).filter((entry) => entry.includes('staging'))).toEqual([]);
}, 180_000);

test('the published build and the one it replaced are kept; older builds are removed', () => {
	const dist = join(root, 'rounds', 'dist');
	const folder = content('rounds', 'Rounds Card');
	const published: string[] = [];
	for (let round = 0; round < 3; round++) {
		const { status, output } = buildSite({ content: folder, dist });
		expect(status, output).toBe(0);
		published.push(realpathSync(dist));
	}

	expect(readdirSync(`${dist}.builds`).map((entry) => join(`${dist}.builds`, entry)).sort()).toEqual(published.slice(1).sort());
	expectComplete(dist);
}, 180_000);

test('a dist/ that cannot be written stops the build before anything is built or moved', () => {
	const blocker = join(root, 'not-a-folder');
	writeFileSync(blocker, 'a file where the output folder should be');
	const dist = join(blocker, 'dist');
	const result = buildSite({ content: content('blocked', 'Blocked Card'), dist });

	expect(result.status).not.toBe(0);
	expect(result.stderr).toContain(`Cannot publish to ${dist}:`);
	expect(result.stderr).toContain('Nothing was built');
	expect(readFileSync(blocker, 'utf8')).toBe('a file where the output folder should be');
});
