/**
 * Small building blocks shared by every schema module: ids, calendar dates, and a strict object
 * whose "unknown key" error lists the keys that are allowed.
 */
import { z } from 'astro/zod';

/** Lowercase kebab-case id, the form every id on the site takes (and so every anchor and URL). */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export const IdSchema = z.string().regex(ID_PATTERN, {
	error:
		'expected a lowercase id made of a-z and 0-9 joined by single hyphens or dots, e.g. "o3-mini" or "gpt-4.5"',
});

/** An anchor id as it appears after `#`: any id on a page, so no whitespace and no `#`. */
export const AnchorIdSchema = z.string().regex(/^[^\s#]+$/, {
	error: 'expected an anchor id as it appears after "#", e.g. "eval-personqa"',
});

/**
 * A strict object: a typo in a key fails validation, and the error names the keys that are allowed,
 * because "Unrecognized key" alone does not tell an author what to write instead.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(
	shape: Shape,
	description?: string,
) {
	const allowed = Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code === 'unrecognized_keys')
				return `unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}; allowed keys: ${allowed}`;
			if (issue.code === 'invalid_type' && description) return `expected ${description}`;
			return undefined;
		},
	});
}

function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [, year, month, day] = match.map(Number);
	const date = new Date(Date.UTC(year!, month! - 1, day!));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day
	);
}

/**
 * A calendar date, kept as a `YYYY-MM-DD` string. YAML parsers disagree on whether an unquoted date
 * is a Date or a string, so both are accepted and normalised; a string is never re-parsed in a time
 * zone, so a date cannot shift by a day.
 */
export const IsoDateSchema = z
	.union([z.date(), z.string()], { error: 'expected a calendar date written YYYY-MM-DD' })
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
	.refine(isCalendarDate, {
		error: 'expected a calendar date written YYYY-MM-DD, e.g. 2025-01-31',
	});

/** Written in place of a publication date that no source we hold gives. */
export const UNKNOWN_DATE = 'unknown';

function isYearOrMonth(text: string): boolean {
	const match = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
	return (
		match !== null && (match[2] === undefined || (Number(match[2]) >= 1 && Number(match[2]) <= 12))
	);
}

/** Whether text is one of the forms PartialDateSchema accepts. */
export function isPartialDate(text: string): boolean {
	return text === UNKNOWN_DATE || isCalendarDate(text) || isYearOrMonth(text);
}

/**
 * A publication date as precisely as the sources give it: a calendar date, a month ("2025-09"), a
 * year ("2024"), or "unknown". Catalogue entries often lack the day, and guessing one would put a
 * made-up fact on the page. An unquoted YAML year arrives as a number and is accepted as one.
 */
export const PartialDateSchema = z
	.union([z.date(), z.string(), z.int()], {
		error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY, or "unknown"',
	})
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
	.refine(isPartialDate, {
		error:
			'expected a date written YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-01-31, "2025-09", "2024"), or "unknown"',
	});

/** Whether a partial date names a day: only then can it stand without a note saying why. */
export function isFullDate(value: string): boolean {
	return isCalendarDate(value);
}

/** A URL rendered into an href: only http(s), so `javascript:` and friends can never reach a page. */
export const HttpUrlSchema = z.url({
	protocol: /^https?$/,
	hostname: z.regexes.domain,
	error: 'expected an absolute http(s) URL, e.g. https://openai.com/index/o3-mini-system-card/',
});

/** A non-empty line of text. */
export const TextSchema = z.string().trim().min(1, { error: 'expected non-empty text' });
