/** The part of lcov-parse 1.0 that the benchmark calls; the package ships no types. */
declare module 'lcov-parse' {
  function lcovParse(pathOrText: string, callback: (error: string | null, data?: unknown[]) => void): void;
  export default lcovParse;
}
