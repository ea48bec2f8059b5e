// orval as a TypeScript team would use it: a fetch client in one file. Run from the
// repository root (paths are relative to this file):  npx orval --config portability/orval.config.cjs
module.exports = {
  cliniko: {
    input: { target: '../generated/openapi.yaml' },
    output: { target: '../build/portability/orval/gen/cliniko.ts', client: 'fetch', mode: 'single' },
  },
};
