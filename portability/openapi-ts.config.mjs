// @hey-api/openapi-ts as a TypeScript team would use it: fetch client, SDK, types,
// and zod schemas that validate every response body. Run from the repository root:
//   npx openapi-ts -f portability/openapi-ts.config.mjs
export default {
  input: './generated/openapi.yaml',
  output: 'build/portability/openapi-ts/gen',
  logs: { file: false },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', 'zod', { name: '@hey-api/sdk', validator: true }],
};
