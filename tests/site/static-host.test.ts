/**
 * What a static host is given to enforce the site's policy: `_headers`, and a real 404 page. The
 * pages are loaded with the headers applied as a host would send them (Chromium applies the header
 * policy and each page's meta policy together), and must work exactly as without them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SECURITY_HEADERS } from '../../src/integrations/static-headers.ts';
import { useBuiltSite } from './built-site.ts';
import { recordPolicyAndRequests } from './gate-checks.ts';

const site = useBuiltSite();

/** `_headers` as a host reads it: path patterns, each with its headers. */
function parseHeaders(text: string): Map<string, Record<string, string>> {
	const rules = new Map<string, Record<string, string>>();
	let current: Record<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) rules.set(line.trim(), (current = {}));
		else if (current) {
			const [name, ...value] = line.trim().split(':');
			current[name!.trim()] = value.join(':').trim();
		}
	}
	return rules;
}

const headers = parseHeaders(readFileSync('dist/_headers', 'utf8'));

describe('headers for a static host', () => {
	test('_headers gives every path the policy, no framing, no sniffing and a referrer policy', () => {
		expect([...headers.keys()]).toEqual(['/*']);
		const all = headers.get('/*')!;
		expect(all).toEqual(SECURITY_HEADERS);
		expect(all['Content-Security-Policy']).toContain("frame-ancestors 'none'");
		expect(all['X-Content-Type-Options']).toBe('nosniff');
		expect(all['Referrer-Policy']).toBeTruthy();
	});

	test.each([
		'/cards/o3-mini/',
		'/search/?q=cbrn+medium',
		'/risk/',
		'/cards/o3-mini/?highlight=persuasion',
	])('%s works under the header policy as well as its own, with no violation', async (path) => {
		const context = await site.browser.newContext();
		const { cspViolations } = await recordPolicyAndRequests(context);
		await context.route(`${site.origin}/**`, async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, headers: { ...response.headers(), ...headers.get('/*')! } });
		});
		const page = await context.newPage();
		const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
		expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		if (path.startsWith('/search/')) await page.waitForSelector('#search-results li');
		if (path.includes('highlight=')) await page.waitForSelector('mark.pagefind-highlight');
		expect(cspViolations).toEqual([]);
		await context.close();
	});
});

test('an address with no page gets the 404 page, with its links', async () => {
	const context = await site.browser.newContext();
	const page = await context.newPage();
	const response = await page.goto(`${site.origin}/cards/no-such-card/`);

	expect(response!.status()).toBe(404);
	expect(await page.locator('h1').textContent()).toBe('Page not found');
	expect(await page.locator('main a[href="/search/"]').count()).toBe(1);
	await context.close();
});
