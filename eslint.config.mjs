import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.next/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // model/ is shared by the canvas, the command line and the tests: it must never depend on UI code.
    files: ['model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'model/ is pure TypeScript: no React.' },
            { group: ['next', 'next/*'], message: 'model/ is pure TypeScript: no Next.js.' },
            { group: ['@xyflow/*'], message: 'model/ is pure TypeScript: no React Flow.' },
            { group: ['**/components/*', '**/app/*'], message: 'model/ must not import UI code.' },
          ],
        },
      ],
    },
  },
);
