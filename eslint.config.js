// Layering you can check: shared/ is the pure domain (no electron, node:*, react
// or main/renderer imports); renderer/ never imports main/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'url', 'util', 'events', 'stream'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly', performance: 'readonly', structuredClone: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'shared/ is the pure domain: no Electron.' },
          { group: nodeBuiltins, message: 'shared/ is the pure domain: no Node-only modules.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is the pure domain: no React or DOM.' },
          { group: ['**/main/**', '**/renderer/**', '../main', '../../main', '../renderer', '../../renderer'], message: 'shared/ must not import main/ or renderer/.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/main/**', '../main', '../../main', '../../../main'], message: 'renderer/ reaches data only through the contract, never main/.' },
          { group: ['electron', 'electron/*'], message: 'renderer/ uses window.holdplan, not Electron.' },
          { group: nodeBuiltins, message: 'renderer/ runs in a browser: no Node-only modules.' },
        ],
      }],
    },
  },
);
