import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The embedded admin's production build (`npm run build:frontend`). The api contract is imported from the web
 * package's TypeScript sources (the `tandem-source` condition), so backend and frontend share one set of schemas.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { conditions: ['tandem-source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The admin shell and each page load in one go; a few KB of chunk overhead would cost more than it saves.
    chunkSizeWarningLimit: 1024,
  },
});
