/** Version of TestMaster, written into base summaries and printed by `--version`. Keep it equal to package.json. */
export const TOOL_VERSION = '0.1.0';
