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

// CODEGEN_OUT lets the test suite generate into a scratch folder and compare with what is committed.
const out = process.env.CODEGEN_OUT ?? '.';

const config: CodegenConfig = {
  schema: './schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    [`${out}/src/staff/`]: { ...shared, documents: ['../web-staff/src/**/*.{ts,tsx}'] },
    [`${out}/src/client/`]: { ...shared, documents: ['../web-client/src/**/*.{ts,tsx}'] },
  },
};

export default config;
