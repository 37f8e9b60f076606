import { Option } from 'commander';
import { DEFAULT_DB } from '../store/index.js';

export const dbOption = () => new Option('--db <file>', 'SQLite store').default(DEFAULT_DB);

/** A positive integer option value. */
export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
    return n;
  };
}
