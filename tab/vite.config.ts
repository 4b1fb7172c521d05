import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { routePreloadsPlugin } from './build/route-preloads-plugin';

/** Builds the tab into dist/tab, served by the service at /. */
export default defineConfig({
  root: path.resolve(__dirname),
  plugins: [react(), routePreloadsPlugin(path.resolve(__dirname, 'src/shell/lazy-pages.ts'))],
  build: {
    outDir: path.resolve(__dirname, '../dist/tab'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  server: { proxy: { '/api': 'http://localhost:3978' } },
});
