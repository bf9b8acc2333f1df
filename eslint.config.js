import nounsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'tests/fixtures/', 'docs/'] },
  ...tseslint.configs.recommended,
  // Page text reaches the DOM only as text nodes: no innerHTML and friends in browser code.
  { ...nounsanitized.configs.recommended, files: ['entrypoints/**', 'components/**', 'lib/**'] },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is pure TypeScript: no browser globals, nothing from the extension's shells.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'localStorage', 'indexedDB'],
      'no-restricted-imports': [
        'error',
        { patterns: ['**/entrypoints/**', '**/components/**', 'wxt/*', '#imports'] },
      ],
    },
  },
);
