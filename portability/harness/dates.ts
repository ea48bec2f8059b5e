// Shared by the TypeScript harnesses: compare a parsed document with its JSON source.
// A blank date ("") must stay "", a null stay null, a real date parse; no Invalid Date anywhere.

declare const process: { exitCode?: number };

export interface Entry {
  where: string;
  operation: string;
  direction: 'request' | 'response';
  status: string;
  schema: string;
  document: unknown;
}

const DATE_KEYS = new Set(['archived_at', 'deleted_at', 'merged_at', 'date_of_birth']);

export const same = (key: string): string => key;
export const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function isInvalidDate(value: unknown): boolean {
  return value instanceof Date && Number.isNaN(value.getTime());
}

export function checkDates(source: unknown, parsed: unknown, where: string, rename: (key: string) => string): string[] {
  const problems: string[] = [];
  if (isInvalidDate(parsed)) problems.push(`${where}: became an Invalid Date`);
  if (Array.isArray(source) && Array.isArray(parsed)) {
    source.forEach((value, index) => problems.push(...checkDates(value, parsed[index], `${where}/${index}`, rename)));
  } else if (source !== null && typeof source === 'object' && parsed !== null && typeof parsed === 'object') {
    for (const [key, value] of Object.entries(source)) {
      const child = (parsed as Record<string, unknown>)[rename(key)];
      if (DATE_KEYS.has(key)) {
        const ok = value === '' ? child === '' : value === null ? child === null
          : child instanceof Date ? !isInvalidDate(child) : child === value;
        if (!ok) problems.push(`${where}/${key}: ${JSON.stringify(value)} was parsed as ${String(child)}`);
      } else {
        problems.push(...checkDates(value, child, `${where}/${key}`, rename));
      }
    }
  }
  return problems;
}

export function finish(tool: string, count: number, problems: string[]): void {
  for (const problem of problems) console.log(problem);
  console.log(`${tool}: ${count} documents parsed, ${problems.length} failures`);
  process.exitCode = problems.length ? 1 : 0;
}

export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}
