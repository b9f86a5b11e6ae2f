/** The benchmark inputs: their formats, file names and sizes, shared by the generator and the runner. */
import { join } from 'node:path';

export type InputFormat = 'istanbul-json' | 'lcov' | 'cobertura' | 'jacoco';

export interface BenchInput {
  format: InputFormat;
  path: string;
  /** Size the generator writes, in MB (10^6 bytes); the file is a little larger. */
  megabytes: number;
}

const FILE_NAMES: Record<InputFormat, (megabytes: number) => string> = {
  'istanbul-json': (mb) => `istanbul-${mb}mb/coverage-final.json`,
  lcov: (mb) => `lcov-${mb}mb.info`,
  cobertura: (mb) => `cobertura-${mb}mb.xml`,
  jacoco: (mb) => `jacoco-${mb}mb.xml`,
};

/** Inputs of `size` MB in every format, then lcov and Istanbul JSON of `large` MB unless it is 0. */
export function inputsFor(folder: string, size: number, large: number): BenchInput[] {
  const formats: InputFormat[] = ['istanbul-json', 'lcov', 'cobertura', 'jacoco'];
  const inputs = formats.map((format) => ({ format, path: join(folder, FILE_NAMES[format](size)), megabytes: size }));
  if (large > 0) {
    inputs.push({ format: 'istanbul-json', path: join(folder, FILE_NAMES['istanbul-json'](large)), megabytes: large });
    inputs.push({ format: 'lcov', path: join(folder, FILE_NAMES.lcov(large)), megabytes: large });
  }
  return inputs;
}
