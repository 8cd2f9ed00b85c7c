/**
 * npm run check:cycles — the layers of src/ import one way only:
 *   core ← facts ← rules ← evaluation ← the entry points (index, sync, form, testing), cli, server.
 * Any import cycle fails: between two files, and between two folders. Type-only imports
 * count too (tsPreCompilationDeps), since a type cycle ties the layers as firmly.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      severity: 'error',
      comment: 'Two files of src/ import each other, directly or through others.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      scope: 'folder',
      comment: 'Two folders of src/ import each other, directly or through others.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-stands-alone',
      severity: 'error',
      comment: 'The core is told the documents and the vocabulary (core/domain.ts); it imports no other folder of src/.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
