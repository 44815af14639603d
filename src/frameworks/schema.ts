/**
 * What a framework registry entry (`src/frameworks/entries/<id>.yaml`) and a publisher entry
 * (`src/frameworks/publishers/<id>.yaml`) may say. An entry describes one version of one lab's
 * safety framework as data: its categories, its ladder of levels, the determinations a card can
 * state, its gates and its lineage to other frameworks. How ratings under it are written and shown
 * is its scoring kind's business (`src/frameworks/scoring/`).
 */
import { z } from 'astro/zod';
import {
	AnchorIdSchema,
	HttpUrlSchema,
	IdSchema,
	IsoDateSchema,
	NameSchema,
	strictObject,
	TextSchema,
} from '../schema/shared.ts';
import { SourceSchema } from '../schema/source.ts';
import { CROSSWALK_ANCHOR_IDS, RISK_DOMAIN_IDS } from './domains.ts';

/**
 * Colours a level can take, from no concern to the most severe. A level names its tone, so the
 * stylesheet has one rule per tone and none per framework.
 */
export const TONES = ['clear', 'minor', 'moderate', 'serious', 'severe'] as const;
export type Tone = (typeof TONES)[number];

/** `tracked` categories are rated; `research` categories are monitored without ratings. */
export const CATEGORY_ROLES = ['tracked', 'research'] as const;
export type CategoryRole = (typeof CATEGORY_ROLES)[number];

/** How a category of one framework continues in another. */
export const MAPPING_FITS = ['same', 'approximate', 'dropped'] as const;
export type MappingFit = (typeof MAPPING_FITS)[number];

const StepSchema = strictObject({
	id: IdSchema,
	label: NameSchema,
	tone: z.enum(TONES),
	/** What reaching this level means, in our words. */
	description: TextSchema.optional(),
});

const uniqueIds = (list: 'categories' | 'levels' | 'determinations' | 'gates') =>
	function check(
		items: ReadonlyArray<{ id: string }>,
		ctx: z.core.$RefinementCtx<ReadonlyArray<{ id: string }>>,
	) {
		items.forEach((item, index) => {
			if (items.findIndex((other) => other.id === item.id) !== index) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'id'],
					input: item.id,
					message: `duplicate id in ${list}; each id must be unique in the entry`,
				});
			}
		});
	};

export const FrameworkEntrySchema = strictObject({
	/** The publisher's id (`src/frameworks/publishers/<id>.yaml`). */
	publisher: IdSchema,
	/** The framework's name across its versions, e.g. "Preparedness Framework". */
	familyName: TextSchema,
	/** This version's full name, as the publisher titles it. */
	name: NameSchema,
	/** Name with the version, short enough for headings and filters. */
	shortName: TextSchema,
	version: TextSchema,
	published: IsoDateSchema,
	/** The framework document; omitted when no source we hold gives this version's own address. */
	documentUrl: HttpUrlSchema.optional(),
	/** The publisher's page about it, if any. */
	summaryUrl: HttpUrlSchema.optional(),
	/** How cards rated under it write their ratings: the id of a module in src/frameworks/scoring/. */
	scoring: IdSchema,
	/** Earlier URL segments of this framework under /risk/; each keeps a page that forwards. */
	formerSlugs: z.array(IdSchema).default([]),
	/** The version this one replaces. */
	previous: IdSchema.optional(),
	/**
	 * Frameworks of the same publisher in force beside this one, which it does not replace (a
	 * framework written for legal duties next to a voluntary one).
	 */
	alongside: z.array(IdSchema).default([]),
	/** Heading of a card's ratings under this framework, e.g. "Preparedness scorecard". */
	scorecardTitle: TextSchema,
	/** What the framework calls a category, as in "expected a … Tracked Category". */
	categoryNoun: TextSchema,
	/** What the framework does, in our words. */
	summary: TextSchema,
	/** One sentence on how it rates, shown above every scorecard under it. */
	scale: TextSchema,
	/** What changed from the previous version, in our words. */
	changes: z.array(TextSchema).default([]),
	categories: z
		.array(
			strictObject({
				id: IdSchema,
				label: NameSchema,
				role: z.enum(CATEGORY_ROLES),
				description: TextSchema,
				/**
				 * The determinations a card may state for this category, where only some of the
				 * entry's apply to it (a threshold is ruled out or not; a safeguard standard is named).
				 */
				determinations: z.array(IdSchema).min(1).optional(),
				/**
				 * The shared risk domains (`domains.ts`) the category falls in, for the crosswalk on
				 * /frameworks/; none for a category that is not a risk area (a safeguard standard).
				 */
				domains: z.array(z.enum(RISK_DOMAIN_IDS)).default([]),
				/** The published comparison that places the category in its domains; none means our reading. */
				domainsPlacedBy: z.enum(CROSSWALK_ANCHOR_IDS).optional(),
				/** Why the category sits in those domains, where it is not plain from its name. */
				domainsNote: TextSchema.optional(),
			}),
		)
		.min(1, { error: 'expected at least one category' })
		.superRefine(uniqueIds('categories')),
	/** The level ladder, lowest first: the order is the rank "at least" searches use. */
	levels: z
		.array(StepSchema)
		.min(1, { error: 'expected at least one level' })
		.superRefine(uniqueIds('levels')),
	/**
	 * What a card can determine for a category, from least to most severe, where the framework
	 * words its outcomes apart from its levels. `meets` names the highest level a determination
	 * counts as reaching.
	 */
	determinations: z
		.array(strictObject({ ...StepSchema.shape, meets: IdSchema.optional() }))
		.default([])
		.superRefine(uniqueIds('determinations')),
	/** What the framework requires before deploying or developing a model, in our words. */
	gates: z
		.array(strictObject({ id: IdSchema, rule: TextSchema }))
		.default([])
		.superRefine(uniqueIds('gates')),
	/**
	 * How this framework's categories continue those of another one: a previous version, or
	 * another lab's framework (a crosswalk). Every cross-lab mapping is approximate.
	 */
	lineage: z
		.array(
			strictObject({
				from: IdSchema,
				/** Where the mapping comes from and how far to trust it. */
				note: TextSchema,
				/** Earlier ids of this mapping's section on /risk/; links to them keep landing on it. */
				anchorAliases: z.array(AnchorIdSchema).default([]),
				mappings: z
					.array(
						strictObject({
							from: IdSchema,
							to: IdSchema.optional(),
							fit: z.enum(MAPPING_FITS),
							note: TextSchema,
						}),
					)
					.min(1, { error: 'expected at least one mapping' }),
			}),
		)
		.default([]),
	/** Where the facts in this entry come from. */
	sources: z.array(SourceSchema).min(1, { error: 'expected at least one source' }),
});
export type FrameworkEntry = z.output<typeof FrameworkEntrySchema>;
export type FrameworkStep = FrameworkEntry['levels'][number];
export type FrameworkCategory = FrameworkEntry['categories'][number];

export const PublisherEntrySchema = strictObject({
	/** As the publisher writes its name. */
	name: NameSchema,
	url: HttpUrlSchema.optional(),
	/**
	 * How far the catalogue goes for this publisher: the date of the last document our sources
	 * hold, and what is known of anything later, so the index says where the record stops.
	 */
	recordedThrough: strictObject({ date: IsoDateSchema, note: TextSchema }).optional(),
});
export type PublisherEntry = z.output<typeof PublisherEntrySchema>;
