/**
 * Turns Zod issues into the lines an author reads when content is rejected. Each line names the
 * field, the value received, and what is allowed. The wording is part of the user interface, and
 * tests pin it.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const quoteAll = (values: readonly unknown[]) =>
	values.map((value) => JSON.stringify(value)).join(', ');

/** Default wording for issues whose schema has no message of its own (a per-parse error map). */
export function describeIssue(issue: RawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
			return `expected ${issue.expected}`;
		case 'invalid_value':
			return issue.values.length === 1
				? `expected ${quoteAll(issue.values)}`
				: `expected one of ${quoteAll(issue.values)}`;
		case 'too_small':
			return issue.origin === 'array' || issue.origin === 'set'
				? `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
				: issue.origin === 'string'
					? 'expected non-empty text'
					: `expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
		case 'too_big':
			return issue.origin === 'array'
				? `expected at most ${issue.maximum} items`
				: `expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
		case 'invalid_format':
			return `expected a valid ${issue.format}`;
		case 'invalid_union':
			return 'options' in issue && Array.isArray(issue.options)
				? `expected one of ${quoteAll(issue.options)}`
				: 'expected one of the allowed forms of this field';
		default:
			return undefined;
	}
}

/** Characters a reader cannot see, or could mistake for others, shown by their code points. */
const HIDDEN = /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;

/**
 * Renders a received value briefly: strings and numbers as written, long values cut. Invisible
 * characters are spelled out (`⟨U+200B⟩`), and non-ASCII letters are listed after the value, so a
 * Cyrillic "о" inside "o3-mini" cannot pass for the Latin one.
 */
export function showValue(value: unknown): string {
	if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
	if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
	if (typeof value === 'string') {
		const visible = value.replace(
			HIDDEN,
			(char) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
		);
		const text = JSON.stringify(visible.length > 80 ? `${visible.slice(0, 77)}...` : visible);
		const foreign = [
			...new Set([...value.replace(HIDDEN, '')].filter((char) => char.codePointAt(0)! > 0x7e)),
		];
		return foreign.length > 0 && foreign.length <= 5
			? `${text} (with non-ASCII ${foreign.map((char) => `"${char}" U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')})`
			: text;
	}
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `ratings[0].category` from `['ratings', 0, 'category']`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return (
		path.reduce<string>(
			(text, key) =>
				typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
			'',
		) || '(top level)'
	);
}

/**
 * One line: `got <value>; <what is allowed>`. `written` is the value's text in the file, shown for
 * numbers YAML reads as not finite (`.nan`, `.inf`, `1e309`), which have no JSON form.
 */
export function issueText(issue: Issue, written?: string): string {
	if (issue.code === 'unrecognized_keys') return issue.message;
	if (issue.code === 'custom' && issue.params?.['omitInput']) return issue.message;
	// A discriminated union reports the whole object as input; the value at fault is the key.
	const input =
		issue.code === 'invalid_union' &&
		'discriminator' in issue &&
		issue.input &&
		typeof issue.input === 'object'
			? (issue.input as Record<string, unknown>)[String(issue.discriminator)]
			: issue.input;
	const got =
		input === undefined
			? 'got nothing (the field is missing)'
			: typeof input === 'number' && !Number.isFinite(input) && written
				? `got ${written}, which YAML reads as ${input}`
				: `got ${showValue(input)}`;
	return `${got}; ${issue.message}`;
}
