/**
 * The one Vite feature the renderer uses outside standard TypeScript: `import.meta.glob` (see
 * https://vite.dev/guide/features#glob-import), typed here for the raw-text form that bundled-lessons.ts
 * needs, because the web tsconfig loads no ambient types (`"types": []`).
 */
interface ImportMeta {
  glob<Module>(
    pattern: string,
    options: { readonly query: '?raw'; readonly import: 'default'; readonly eager: true },
  ): Record<string, Module>;
}
