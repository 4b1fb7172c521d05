import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the bare React + Fluent baseline page into dist/bench-bare. */
export default defineConfig({
  root: path.resolve(__dirname),
  base: './',
  plugins: [react()],
  build: { outDir: path.resolve(__dirname, '../../dist/bench-bare'), emptyOutDir: true, chunkSizeWarningLimit: 800 },
});
