/**
 * Every built page checked by the W3C Nu HTML Checker (vnu-jar, run with the machine's Java).
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { builtPagePaths } from './site-pages.ts';

const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface NuMessage {
	type: string;
	subType?: string;
	url: string;
	lastLine?: number;
	message: string;
}

test('every built page is valid HTML (0 errors from the Nu HTML Checker)', () => {
	const files = builtPagePaths().map((path) => join('dist', path, 'index.html'));
	let output: string;
	try {
		output = execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (error) {
		// vnu exits non-zero when it finds errors and writes its report to stderr.
		output = (error as { stderr?: string }).stderr ?? '';
	}
	const messages = (JSON.parse(output || '{"messages":[]}') as { messages: NuMessage[] }).messages;

	expect(files.length).toBeGreaterThanOrEqual(3);
	expect(messages.map((message) => `${message.url.replace(/^.*\/dist\//, 'dist/')}:${message.lastLine}: ${message.message}`)).toEqual([]);
}, 120_000);
