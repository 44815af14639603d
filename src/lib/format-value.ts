/** Display of figures: exactly as printed in the source, with the unit, never rounded. */
import type { Metric } from '../schema/evaluation.ts';

/** The number as printed: with the metric's decimal places when it declares them. */
export function formatNumber(value: number, decimals?: number): string {
	return decimals === undefined ? String(value) : value.toFixed(decimals);
}

export function formatValue(value: number, metric: Pick<Metric, 'unit' | 'decimals'>): string {
	const number = formatNumber(value, metric.decimals);
	return metric.unit === 'percent' ? `${number}%` : number;
}

/** "73.3% ± 4.0%" */
export function formatWithInterval(value: number, ci: number | undefined, metric: Pick<Metric, 'unit' | 'decimals'>): string {
	const main = formatValue(value, metric);
	return ci === undefined ? main : `${main} ± ${formatValue(ci, metric)}`;
}

/** Large counts in words a reader can take in: 200000 → "200,000". */
export function formatCount(value: number): string {
	return value.toLocaleString('en-US');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-01-31" → "31 January 2025". Dates are never shifted through a time zone. */
export function formatDate(isoDate: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	return `${day} ${MONTHS[month! - 1]} ${year}`;
}
