/**
 * The contract between the registry and a scoring kind. A framework entry says what a framework
 * contains; its scoring kind's adapter (one module in src/frameworks/scoring/) says how a card
 * writes a rating under it and what that rating reads as. Everything else on the site (scorecards,
 * the risk explorer, model and compare pages, search, the API, feeds) works from the adapter's
 * normalised `RatingView`, so it never needs to know which framework a rating came from.
 */
import type { z } from 'astro/zod';
import type { Locator } from '../schema/source.ts';
import type { FrameworkEntry, FrameworkStep, Tone } from './schema.ts';

/** A registry entry with its id (the file name). */
export interface Framework extends FrameworkEntry {
	id: string;
	/** Where the entry is, for messages. */
	file: string;
}

/** A card-level determination as written in a card, e.g. a v1 card's overall score: the common fields plus the kind's own. */
export interface AuthoredCardLevel {
	models?: ReadonlyArray<{ id: string; collection: string }>;
	locator: Locator;
	note?: string;
	/** The date of the card's version that gives this rating, when it is not the first one. */
	asOf?: string;
	[field: string]: unknown;
}

/** A rating of one category as written in a card, after validation. */
export interface AuthoredRating extends AuthoredCardLevel {
	category: string;
}

/** One level shown as a badge: words and a tone, never colour alone. */
export interface Badge {
	label: string;
	tone: Tone;
	/** Words read before the label by screen readers only, e.g. "Pre-mitigation". */
	hiddenBefore?: string;
	/** Words read after it by screen readers only. */
	hiddenAfter?: string;
}

/** One scorecard cell after the category: badges, or a cell spanning several columns. */
export interface ScorecardCell {
	badges: Badge[];
	span?: number;
	/** A short line under the badges. */
	detail?: string;
}

/**
 * What a rating reads as, whatever its framework. Views render badges and cells, group by `level`,
 * and compare ratings by `key`; search and feeds use the words.
 */
export interface RatingView {
	/** The step the rating is grouped and filtered by (one per rating), from `groupingLevels`. */
	level: FrameworkStep;
	/** The rating in compact form, in reading order. */
	badges: Badge[];
	/** Shown between badges, e.g. "→" for before and after mitigations. */
	joiner?: string;
	/** A footnote mark after the badges; the adapter's `legend` explains it. */
	mark?: string;
	/** The scorecard cells, one per column of `columns`, unless a cell spans several. */
	cells: ScorecardCell[];
	/** Labels of every level the rating counts as reaching, for cumulative "at least" filters. */
	atLeast: string[];
	/** Labels a "rating" filter matches. */
	facetLevels: string[];
	/** The rating in one sentence, e.g. "CBRN risk: Medium before mitigations, Low after mitigations." */
	sentence: string;
	/** Equal for two ratings that say the same thing. */
	key: string;
}

/** The fields every rating has, built by the registry from the framework (see src/schema/rating.ts). */
export interface CommonRatingFields {
	category: z.ZodType;
	models: z.ZodType;
	locator: z.ZodType;
	note: z.ZodType;
	asOf: z.ZodType;
}

/** Reports a problem at a path of the card. */
export type ReportIssue = (path: PropertyKey[], input: unknown, message: string) => void;

export interface ScoringAdapter {
	/** The id framework entries name in `scoring`. */
	kind: string;
	/** For the framework page: how ratings of this kind are written, in our words. */
	description: string;
	/** Problems with a framework entry this kind cannot work with, e.g. no determinations. */
	checkEntry?(framework: Framework, report: ReportIssue): void;
	/** The schema of one rating under `framework`, made of the common fields and the kind's own. */
	ratingSchema(framework: Framework, common: CommonRatingFields): z.ZodType;
	/**
	 * A determination made for the card as a whole, if this kind has one: written under the card's
	 * `overall` key, as one determination or a list (each may name its models), anchored as
	 * `risk-overall`.
	 */
	cardLevel?: {
		/** Its label where a category's would be, e.g. "Overall". */
		label: string;
		schema(framework: Framework, common: Omit<CommonRatingFields, 'category'>): z.ZodType;
	};
	/** Rules about a card's ratings that one rating alone cannot check. */
	refineCard?(
		card: { coverage: string; ratings: readonly AuthoredRating[]; overall?: unknown },
		framework: Framework,
		report: ReportIssue,
	): void;
	/** Scorecard column headings after the category. */
	columns(framework: Framework): string[];
	/**
	 * The steps ratings are grouped by in the risk explorer, in order: those a rating of `category`
	 * can take when one is given.
	 */
	groupingLevels(framework: Framework, category?: string): readonly FrameworkStep[];
	/** The normalised view of a rating; `subject` is the category's label (or the card level's). */
	view(
		rating: AuthoredRating | AuthoredCardLevel,
		framework: Framework,
		subject: string,
	): RatingView;
	/** How to read the compact form, marks included, e.g. "Ratings read pre → post mitigation." */
	legend(framework: Framework): string;
	/** What the grouping level is, said on the risk explorer's per-level pages. */
	groupingNote?(framework: Framework): string;
}

export type { FrameworkCategory, FrameworkStep, Tone } from './schema.ts';
