// openapi-generator typescript-fetch: every document through `${Schema}FromJSON`.
import * as models from './gen/models/index';
import { corpus } from './corpus';
import { camel, checkDates, finish, firstLine } from './dates';

const parsers = models as unknown as Record<string, ((json: unknown) => unknown) | undefined>;
const problems: string[] = [];
for (const entry of corpus) {
  const parse = parsers[`${entry.schema}FromJSON`];
  if (!parse) {
    problems.push(`${entry.where}: no ${entry.schema}FromJSON (the model was renamed or dropped)`);
    continue;
  }
  try {
    problems.push(...checkDates(entry.document, parse(entry.document), entry.where, camel));
  } catch (error) {
    problems.push(`${entry.where}: ${entry.schema} does not parse: ${firstLine(error)}`);
  }
}
finish('typescript-fetch', corpus.length, problems);
