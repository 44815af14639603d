/**
 * Small building blocks shared by every schema module: ids, calendar dates, and a strict object
 * whose "unknown key" error lists the keys that are allowed.
 */
import { z } from 'astro/zod';

/** Lowercase kebab-case id, the form every id on the site takes (and so every anchor and URL). */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/**
 * Ids become path segments, and a segment that ends like a file name (`index.html`, `x.json`)
 * would collide with a file the build writes or be served as one.
 */
const FILE_LIKE_ID =
	/\.(?:html?|json|xml|csv|txt|js|mjs|css|svg|png|jpe?g|gif|webp|ico|pdf|md|mdx|ya?ml|webmanifest)$/;

/** Whether a path segment is a valid id: the id pattern, and not the name of a file. */
export const isId = (text: string): boolean => ID_PATTERN.test(text) && !FILE_LIKE_ID.test(text);

export const ID_RULE =
	'a lowercase id made of a-z and 0-9 joined by single hyphens or dots, not ending like a file name (".html")';

export const IdSchema = z
	.string()
	.refine(isId, { error: `expected ${ID_RULE}, e.g. "o3-mini" or "gpt-4.5"` });

/** An anchor id as it appears after `#`: printable ASCII, no space and no `#`. */
export const AnchorIdSchema = z.string().regex(/^[!"$-~]+$/, {
	error: 'expected an anchor id as it appears after "#", in ASCII, e.g. "eval-personqa"',
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

/** Today in UTC, as YYYY-MM-DD: the day of the build. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Whether a date (full or partial) is later than the day of the build: "2027" is in 2026, but
 * "2026-12" is not on 1 December 2026.
 */
export function isInTheFuture(date: string, now = today()): boolean {
	return date !== UNKNOWN_DATE && date > now.slice(0, date.length);
}

/** Whether a partial date names a day: only then can it stand without a note saying why. */
export function isFullDate(value: string): boolean {
	return isCalendarDate(value);
}

function isSafeUrl(text: string): boolean {
	if (!/^https:\/\//i.test(text)) return false;
	try {
		const url = new URL(text);
		return (
			url.protocol === 'https:' &&
			url.username === '' &&
			url.password === '' &&
			z.regexes.domain.test(url.hostname)
		);
	} catch {
		return false;
	}
}

const URL_RULE =
	'an absolute https URL without a user name or password, e.g. https://openai.com/index/o3-mini-system-card/';

/**
 * A URL rendered into an href: https only, so `javascript:` and friends can never reach a page,
 * and no credentials, so `https://openai.com@evil.example/` cannot pass for an OpenAI address.
 */
export const HttpUrlSchema = z.string().refine(isSafeUrl, { error: `expected ${URL_RULE}` });

/** Characters that take no space on the page: zero-width spaces and joiners, soft hyphens, marks. */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Zs}\s\u2028\u2029]/gu;
/** Controls that reorder text around them, which can make a name read as something it is not. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export const MAX_TEXT_LENGTH = 5000;
export const MAX_NAME_LENGTH = 200;

/** Text of up to `max` characters with something visible in it. */
const boundedText = (max: number) =>
	z
		.string()
		.trim()
		.min(1, { error: 'expected non-empty text', abort: true })
		.max(max, { error: `expected at most ${max.toLocaleString('en-US')} characters`, abort: true })
		.refine((text) => text.replace(INVISIBLE, '') !== '', {
			error: 'expected visible text, not only spaces or invisible characters',
		});

/** A non-empty passage of text. */
export const TextSchema = boundedText(MAX_TEXT_LENGTH);

/** A title, name or label: short, visible, and with no bidirectional controls. */
export const NameSchema = boundedText(MAX_NAME_LENGTH).refine((text) => !BIDI_CONTROLS.test(text), {
	error:
		'expected a name without bidirectional control characters, which can make it read as another name',
});
