import type { CodegenConfig } from '@graphql-codegen/cli';

// One config for every consumer: each app's operations are typed from the committed SDL,
// never from a running server.
const shared = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { DateTimeISO: 'string' },
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  },
};

const config: CodegenConfig = {
  schema: './schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    './src/staff/': { ...shared, documents: ['../web-staff/src/**/*.{ts,tsx}'] },
    './src/client/': { ...shared, documents: ['../web-client/src/**/*.{ts,tsx}'] },
  },
  hooks: {},
};

export default config;
