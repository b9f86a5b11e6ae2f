/**
 * Type erasure with sucrase, loaded on the first call only. Loading it takes
 * about 50 to 100 ms and the first transform about 20 ms more (measured with
 * sucrase 3.35 on Node.js 20). TypeScript's `transpileModule` would cost
 * 200 ms and more to load.
 */

/** Returns `text` with its types erased, or undefined when the eraser rejects it. */
export type TypeEraser = (text: string, options: ErasureOptions) => Promise<string | undefined>;

export interface ErasureOptions {
  /** True for `.tsx`: JSX is parsed and kept as it is. */
  jsx: boolean;
  /** Keep imports that only types use, as `verbatimModuleSyntax` and `preserveValueImports` do. */
  keepValueImports: boolean;
}

type Transform = typeof import('sucrase').transform;

let loading: Promise<Transform> | undefined;

export const eraseTypes: TypeEraser = async (text, options) => {
  loading ??= import('sucrase').then((module) => module.transform);
  const transform = await loading;
  try {
    return transform(text, {
      transforms: options.jsx ? ['typescript', 'jsx'] : ['typescript'],
      jsxRuntime: 'preserve',
      // Class fields, optional chaining and the like stay as written, so only the types go.
      disableESTransforms: true,
      keepUnusedImports: options.keepValueImports,
    }).code;
  } catch {
    // sucrase throws on syntax it cannot parse. The caller then treats the change as a run-time change.
    return undefined;
  }
};
