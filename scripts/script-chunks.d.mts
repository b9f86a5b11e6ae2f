// Types of scripts/script-chunks.mjs, for its tests.
export declare const SCRIPT_CHUNKS_FILE: string;
export declare function moduleSyntaxIn(name: string, text: string): string | undefined;
export declare function writeScriptChunkList(folder: string): string[];
