import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

// The server serves this app for every /p/{slug} address, with its assets under /p/assets/.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, '.', 'ATRIUM_');
  const api = env.ATRIUM_API_URL ?? 'http://localhost:4000';
  return {
    base: '/p/',
    plugins: [react()],
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
    server: {
      port: 5174,
      // Downloads and uploads live under the firm's address: /p/{slug}/files/…
      proxy: { '/graphql': { target: api, changeOrigin: false }, '^/p/[^/]+/files/': { target: api, changeOrigin: false } },
    },
  };
});
