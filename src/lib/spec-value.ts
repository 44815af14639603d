/** Display of a model spec value: counts with separators and unit, dates in words, lists joined. */
import { formatCount, formatDate } from './format-value.ts';

export function formatSpecValue(value: number | string | string[], unit?: string): string {
	if (Array.isArray(value)) return value.join(', ');
	if (typeof value === 'number') return `${formatCount(value)}${unit ? ` ${unit}` : ''}`;
	const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
	return unit ? `${text} ${unit}` : text;
}
