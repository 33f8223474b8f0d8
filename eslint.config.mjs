// ESLint (flat config) with typescript-eslint's type-aware rules, and Prettier for layout
// (eslint-config-prettier turns off the rules that would fight it). `npm run lint` runs
// both; `npm test` runs it first, with no warning allowed.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.data-*/', 'reports/', 'coverage/', '.scratch/', '**/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Logs go through pino (lib/logger.ts); command output through process.stdout/stderr.
      'no-console': 'error',
      // Configuration is read once, in lib/config.ts and gateway/config.ts.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read configuration through lib/config.ts' }],
      // The library is used through its index (lib/index.ts), never a module of it.
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+lib/.+', message: 'import the library from its index: lib' }] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      // Any `eslint-disable` says why on its own line.
      'no-warning-comments': 'off',
    },
  },
  {
    // Tests assert on GraphQL answers of many shapes; test fixtures may read the environment the jest setup gives them.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-properties': 'off' },
  },
  {
    // A build tool's own setting (where codegen writes), not the product's configuration.
    files: ['codegen.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The benchmark starts the system and Hive Gateway as processes and sets their environment.
    files: ['bench/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { module: 'readonly', require: 'readonly', process: 'readonly', console: 'readonly', setTimeout: 'readonly' },
    },
  },
  prettier,
);
