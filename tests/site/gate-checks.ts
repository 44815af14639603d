/**
 * The quality-gate checks, shared by the tests over the real site and the tests that prove each
 * check catches a planted defect.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** axe-core violations on the page, one line each. The page's context must bypass CSP. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: AXE_SOURCE });
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: Document,
						options: object,
					) => Promise<{
						violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
					}>;
				};
			}
		).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map(
			(violation) =>
				`${violation.id}: ${violation.help} (${violation.nodes.length}×, e.g. ${violation.nodes[0]?.target.join(' ')})`,
		);
	});
}

/** Errors the W3C Nu HTML Checker finds in the files, as `file:line: message`. */
export function nuErrors(files: readonly string[]): string[] {
	let output: string;
	try {
		output = execFileSync(
			'java',
			['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
		);
	} catch (error) {
		// vnu exits non-zero when it finds errors, with its report on stderr.
		output = (error as { stderr?: string }).stderr ?? '';
	}
	const messages = (
		JSON.parse(output || '{"messages":[]}') as {
			messages: Array<{ url: string; lastLine?: number; message: string }>;
		}
	).messages;
	return messages.map(
		(message) =>
			`${message.url.replace(/^file:.*?\/(dist|tests)\//, '$1/')}:${message.lastLine}: ${message.message}`,
	);
}

/** Records CSP violations and every request URL of pages opened in this context. */
export async function recordPolicyAndRequests(
	context: BrowserContext,
): Promise<{ cspViolations: string[]; requests: string[] }> {
	const cspViolations: string[] = [];
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	context.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
			cspViolations.push(message.text());
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(
				`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`,
			);
		});
	});
	return { cspViolations, requests };
}

/** Requests that left `origin` (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
	return requests.filter(
		(url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
	);
}
