// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering, enforced: each folder is a process or a layer, and may import only the layers below it.
 *   shared   ← everything (pure contract: no Electron, no Node, no DOM)
 *   core     ← node, server, cli, main (pure compute: no Electron, no Node built-ins, no DOM)
 *   node     ← server, cli, main (Node hosting of the core)
 *   renderer, preload, main: never import each other's code (preload may import shared).
 */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const nodeBuiltins = { group: ['node:*'], message: 'This layer must stay free of Node built-ins.' };
const electron = {
  group: ['electron', 'electron/*'],
  message: 'Only src/main and src/preload may import Electron.',
};
const layer = (names, why) => ({
  group: names.flatMap((name) => [`**/${name}/**`, `**/${name}`]),
  message: why,
});

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'tests/.artifacts/**', 'build/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict([
      nodeBuiltins,
      electron,
      layer(
        ['core', 'node', 'server', 'cli', 'main', 'preload', 'renderer'],
        'shared imports nothing above it.',
      ),
    ]),
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict([
      nodeBuiltins,
      electron,
      layer(
        ['node', 'server', 'cli', 'main', 'preload', 'renderer'],
        'The core is pure: it imports only shared.',
      ),
    ]),
  },
  {
    // Pure drawing for hosts without a browser window (the CLI's plot): no Node, no DOM, no compute core. It
    // may read the renderer's pure plot helpers (palette, label placement, view math); they are listed in
    // tsconfig.node.json, which fails to compile if one of them ever needs the DOM.
    files: ['src/render-core/**/*.ts'],
    rules: restrict([
      nodeBuiltins,
      electron,
      { group: ['three', 'react', 'react-dom'], message: 'render-core draws without three.js or React.' },
      layer(['core', 'node', 'server', 'cli', 'main', 'preload'], 'render-core is pure drawing code.'),
    ]),
  },
  {
    files: ['src/node/**/*.ts', 'src/server/**/*.ts', 'src/cli/**/*.ts'],
    rules: restrict([
      electron,
      layer(['main', 'preload', 'renderer'], 'Node hosts never import UI or Electron code.'),
    ]),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict([
      layer(['renderer', 'preload', 'server', 'cli'], 'Electron main never imports other processes.'),
    ]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict([
      nodeBuiltins,
      layer(
        ['core', 'node', 'server', 'cli', 'main', 'renderer'],
        'The sandboxed preload imports only shared.',
      ),
    ]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        nodeBuiltins,
        electron,
        layer(
          ['core', 'node', 'server', 'cli', 'main', 'preload'],
          'The renderer talks to the core only through the contract.',
        ),
      ]),
    },
  },
);
