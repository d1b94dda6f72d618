/** Types for build/dist-steps.mjs (a plain module used by scripts/dist.mjs). */
export declare const DIST_USAGE: string;
export declare function parseDistArgs(argv: readonly string[]): {
  models: string[];
  builderArgs: string[];
  skipBuild: boolean;
};
export declare function stageModels(
  specs: readonly string[],
  context: {
    stageDir: string;
    userStore: { folderOf(id: string): string; has(id: string): boolean; list(): { id: string }[] };
    ModelStore: new (dir: string) => {
      importFolder(source: string, id?: string): Promise<{ id: string; sizeBytes: number }>;
    };
  },
): Promise<{ id: string; sizeBytes: number }[]>;
export declare function explainBuilderFailure(log: string): string | undefined;
