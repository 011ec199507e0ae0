import { defineConfig } from 'vite';

// `npm run build`: one self-contained ES module for script-tag users (lit, fuse.js and zod inside).
export default defineConfig({
  build: {
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'social-services-catalogue.js',
    },
    outDir: 'dist',
    // dist/ also holds the built catalogue from `npm run build:data`.
    emptyOutDir: false,
    target: 'es2022',
  },
});
