/**
 * When content last changed, from the repository's history: a printed page says how current it
 * is. Read once per build (one `git log` over the content folder); where there is no history (a
 * copy of the project, an export), there is no date and pages say when they were built instead.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { contentRoot } from './content-root.ts';

let newestByFile: Map<string, string> | undefined;

function history(): Map<string, string> {
	if (newestByFile) return newestByFile;
	newestByFile = new Map();
	try {
		const log = execFileSync(
			'git',
			['log', '--format=%x00%cs', '--name-only', '--relative', '--', contentRoot()],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
		);
		for (const commit of log.split('\0').slice(1)) {
			const [date, ...files] = commit.trim().split('\n');
			// Newest commits come first, so the first date seen for a file is its newest.
			for (const file of files)
				if (file && !newestByFile.has(file)) newestByFile.set(resolve(file), date!);
		}
	} catch {
		// No git, or not a repository: no dates.
	}
	return newestByFile;
}

/**
 * The newest change to any content file under the given paths (files or folders, relative to the
 * content folder), as YYYY-MM-DD; every content file when no path is given.
 */
export function contentChanged(paths: readonly string[] = ['']): string | undefined {
	const folders = paths.map((path) => resolve(contentRoot(), path));
	let newest: string | undefined;
	for (const [file, date] of history()) {
		if (!folders.some((folder) => file === folder || !relative(folder, file).startsWith('..')))
			continue;
		if (!newest || date > newest) newest = date;
	}
	return newest;
}
