/** Display of figures: exactly as printed in the source, with the unit, never rounded. */
import type { Metric } from '../schema/evaluation.ts';

/**
 * The number as printed: with the metric's decimal places when it declares them, and never in
 * exponent form (JavaScript writes 0.00000015 as "1.5e-7").
 */
export function formatNumber(value: number, decimals?: number): string {
	return decimals === undefined ? plainDecimal(value) : value.toFixed(decimals);
}

/** `1.5e-7` → `0.00000015`, `2e21` → `2000000000000000000000`; other numbers as JavaScript writes them. */
function plainDecimal(value: number): string {
	const text = String(value);
	const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
	if (!match) return text;
	const [, sign, whole, fraction = '', exponentText] = match;
	const digits = `${whole}${fraction}`;
	const point = 1 + Number(exponentText);
	return point <= 0
		? `${sign}0.${'0'.repeat(-point)}${digits}`
		: `${sign}${digits.padEnd(point, '0')}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
}

export function formatValue(value: number, metric: Pick<Metric, 'unit' | 'decimals'>): string {
	const number = formatNumber(value, metric.decimals);
	return metric.unit === 'percent' ? `${number}%` : number;
}

/** "73.3% ± 4.0%" */
export function formatWithInterval(
	value: number,
	ci: number | undefined,
	metric: Pick<Metric, 'unit' | 'decimals'>,
): string {
	const main = formatValue(value, metric);
	return ci === undefined ? main : `${main} ± ${formatValue(ci, metric)}`;
}

/** Large counts in words a reader can take in: 200000 → "200,000". */
export function formatCount(value: number): string {
	return value.toLocaleString('en-US');
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** "2025-01-31" → "31 January 2025". Dates are never shifted through a time zone. */
export function formatDate(isoDate: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/**
 * A publication date as precisely as it is known: "31 January 2025", "September 2025", "2024",
 * or "Not recovered". Never fills in a day or month the sources don't give.
 */
export function formatPartialDate(value: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
	const month = /^(\d{4})-(\d{2})$/.exec(value);
	if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
	if (/^\d{4}$/.test(value)) return value;
	return 'Not recovered';
}

/**
 * A difference between two values of one metric, signed: "+2.5 pts" for percentages (a difference
 * of two percentages is in percentage points, not percent), else in the metric's unit.
 */
export function formatDifference(
	difference: number,
	metric: Pick<Metric, 'unit' | 'decimals'>,
): string {
	const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±';
	const size = Math.abs(difference);
	return `${sign}${metric.unit === 'percent' ? `${formatNumber(size, metric.decimals)} pts` : formatValue(size, metric)}`;
}
