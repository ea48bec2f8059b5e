// @hey-api/openapi-ts: every document through the zod schema its SDK validates with
// (z<Operation>Response for success bodies, z<Operation>Body for requests, z<Schema> otherwise).
import * as zod from './gen/zod.gen';
import { corpus } from './corpus';
import { checkDates, finish, same } from './dates';

interface Parser {
  safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } };
}
const schemas = zod as unknown as Record<string, Parser | undefined>;
const upper = (name: string): string => name[0].toUpperCase() + name.slice(1);

const problems: string[] = [];
for (const entry of corpus) {
  const names = [`z${entry.schema}`];
  if (entry.direction === 'request') names.push(`z${upper(entry.operation)}Body`);
  else if (entry.status.startsWith('2')) names.push(`z${upper(entry.operation)}Response`);
  for (const name of names) {
    const schema = schemas[name];
    if (!schema) {
      problems.push(`${entry.where}: no ${name} in zod.gen.ts`);
      continue;
    }
    let result: ReturnType<Parser['safeParse']>;
    try {
      result = schema.safeParse(entry.document);
    } catch (error) {  // zod throws, rather than reports, an intersection whose sides disagree
      problems.push(`${entry.where}: ${name} throws: ${String(error).split('\n')[0]}`);
      continue;
    }
    if (!result.success) {
      const issue = result.error?.issues[0];
      problems.push(`${entry.where}: ${name} rejects it: /${issue?.path.map(String).join('/')}: ${issue?.message}`);
      continue;
    }
    problems.push(...checkDates(entry.document, result.data, entry.where, same));
  }
}
finish('@hey-api/openapi-ts (zod)', corpus.length, problems);
