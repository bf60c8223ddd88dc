import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web pages, built into apps/web/dist and served by the ledger at / (libs/web-host).
 * Vite transforms TSX itself (oxc); the automatic runtime needs no React import per file.
 * In development, `npx vite apps/web` proxies the API to a ledger on :3000.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // React Router marks its modules "use client" for server components; a browser bundle has none.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
