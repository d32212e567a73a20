import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const embedded = !process.env.TEST_DATABASE_URL && !process.env.DATABASE_URL;

export default defineConfig({
  // SWC compiles the tests: the entities rely on decorator metadata, which Vite's own transform does not emit.
  plugins: [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2023', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true } } })],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The embedded database serves one connection; test files then take turns.
    fileParallelism: !embedded,
    maxWorkers: embedded ? 1 : 2,
    reporters: process.env.VITEST_JSON_REPORT ? ['default', ['json', { outputFile: process.env.VITEST_JSON_REPORT }]] : ['default'],
  },
});
