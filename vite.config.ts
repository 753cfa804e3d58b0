import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is built once and served by both Electron (holdplan://app/) and
// browser mode (http://127.0.0.1:PORT/): relative asset paths work under either.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // The CSP forbids inline scripts; keep Vite's module preload polyfill out of the page.
    modulePreload: { polyfill: false },
  },
});
