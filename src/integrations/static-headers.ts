/**
 * What a static host needs to enforce the site's policy as HTTP headers: `_headers` (the format
 * Netlify and Cloudflare Pages read) in the built site. Every page also carries its own, stricter
 * policy in a meta tag, with hashes for exactly its scripts and styles. A browser applies both, so
 * the header is a floor: it adds what a meta tag cannot say (`frame-ancestors`), and allows no
 * more than some page of the site needs.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy every page's meta tag starts from (astro.config.mjs). */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"img-src 'self' data:",
] as const;

/**
 * The header policy. Inline scripts and styles are allowed here only because each page's meta
 * policy allows exactly its own by hash (and both must allow a resource); WebAssembly and a
 * blob: worker are what the search page adds for Pagefind.
 */
export const HEADER_CSP = [
	...CSP_DIRECTIVES,
	"script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"worker-src 'self' blob:",
	"frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
	'Content-Security-Policy': HEADER_CSP,
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** `_headers`: one rule for every path. */
export function headersFile(): string {
	return `/*\n${Object.entries(SECURITY_HEADERS)
		.map(([name, value]) => `  ${name}: ${value}`)
		.join('\n')}\n`;
}

export function staticHeaders(): AstroIntegration {
	return {
		name: 'cardshelf:static-headers',
		hooks: {
			'astro:build:done': ({ dir }) =>
				writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile()),
		},
	};
}
