/**
 * The content check of `npm run build` (scripts/safe-build.mjs), on a thread of its own so it runs
 * while Astro starts and syncs content in its process. Posts the check's report, or what it found.
 * The thread ends when it has posted, and its heap, which held every file the check read, goes
 * with it.
 */
import { parentPort } from 'node:worker_threads';
import { checkContent, formatProblems } from '../../src/lib/content-check.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { elapsed } from '../../src/integrations/elapsed.ts';

const started = performance.now();
const { problems, cards, evaluations } = checkContent(contentRoot(), process.cwd());
parentPort!.postMessage(
	problems.length > 0
		? { report: formatProblems(problems) }
		: {
				summary: `Content OK: ${cards.size} cards, ${evaluations.size} evaluations, in ${elapsed(started)}.`,
			},
);
