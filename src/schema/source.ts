/**
 * Source documents, and locators that point into them. Every figure on the site names one: the
 * document, where in it, and (through the document) its URL.
 */
import { z } from 'astro/zod';
import {
	HttpUrlSchema,
	IsoDateSchema,
	isInTheFuture,
	NameSchema,
	strictObject,
	TextSchema,
} from './shared.ts';
import type { SchemaContext } from './reference.ts';

/**
 * How far a source is from the publisher. `official` is the publisher's own document or page;
 * `transcription` is an unofficial full copy of an official document; `secondary` is anyone else
 * (press, aggregators, vendor catalogues); `estimate` is a third party's estimate.
 */
export const SOURCE_KINDS = ['official', 'transcription', 'secondary', 'estimate'] as const;

export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
	official: 'Official',
	transcription: 'Unofficial transcription',
	secondary: 'Secondary',
	estimate: 'Third-party estimate',
};

/** A source document: one entry of the `sources` collection. */
export const SourceSchema = strictObject({
	/** Title as the document gives it. */
	title: NameSchema,
	/** Who published the document (not who wrote the system card). */
	publisher: TextSchema,
	kind: z.enum(SOURCE_KINDS),
	/** Where to read it. Omitted only for sources with no stable public address. */
	url: HttpUrlSchema.optional(),
	/** Publication date of the document, where known. */
	date: IsoDateSchema.refine((date) => !isInTheFuture(date), {
		error: 'expected a date no later than today: a source is cited once it is published',
	}).optional(),
	/** What this source is, and how far to trust it, in our words. */
	note: TextSchema.optional(),
});
export type Source = z.output<typeof SourceSchema>;

/** A page number, or a printed range such as "24-25". */
const PageSchema = z
	.union([z.int().positive(), z.string().regex(/^\d+(?:[-–]\d+)?$/)], {
		error: 'expected a page number such as 12, or a range such as "24-25"',
	})
	.refine(
		(page) => {
			const [first, last] = String(page).split(/[-–]/).map(Number);
			return last === undefined || first! <= last;
		},
		{ error: 'expected a page range that runs forwards, first page first, e.g. "24-25"' },
	);

export function createLocatorSchema({ reference }: SchemaContext) {
	return strictObject(
		{
			/** The source document, by id. */
			source: reference('sources'),
			/** Section number or name, e.g. "4.1.3". */
			section: TextSchema.optional(),
			/** Table label as printed, e.g. "Table 3". */
			table: TextSchema.optional(),
			/** Figure label or description as printed. */
			figure: TextSchema.optional(),
			page: PageSchema.optional(),
			/** Anything a reader needs to find or weigh the figure. */
			note: TextSchema.optional(),
		},
		'a source locator: { source, section, table or figure, page }',
	);
}
export type Locator = z.output<ReturnType<typeof createLocatorSchema>>;
