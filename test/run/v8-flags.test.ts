import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { changedV8Flags, setV8Flag, v8FlagsKey, withFreshEagerCompilation, withV8Flags } from '../../src/run/v8-flags.js';

// A flag that V8 11 (Node.js 20) and V8 13 (Node.js 24) both know, and that changes nothing a test can see.
const FLAG = 'semi-space-growth-factor';
const DEFAULT = 2;

afterEach(() => setV8Flag(FLAG, DEFAULT, DEFAULT));

describe('setV8Flag', () => {
  it('records a changed flag until reset', () => {
    setV8Flag(FLAG, 1, DEFAULT);
    expect(changedV8Flags()).toEqual(new Map([[FLAG, 1]]));

    setV8Flag(FLAG, DEFAULT, DEFAULT);
    expect(changedV8Flags()).toEqual(new Map());
  });

  it('returns independent copies', () => {
    setV8Flag(FLAG, 1, DEFAULT);
    const snapshot = changedV8Flags();
    setV8Flag(FLAG, DEFAULT, DEFAULT);

    expect(snapshot.get(FLAG)).toBe(1);
  });
});

describe('v8FlagsKey', () => {
  it('is empty or sorted', () => {
    expect(v8FlagsKey(new Map())).toBe('');
    expect(v8FlagsKey(new Map([['z-flag', 3], ['a-flag', 1]]))).toBe('a-flag=1,z-flag=3');
  });
});

describe('withV8Flags', () => {
  it('restores the cache tag of a snapshot', () => {
    setV8Flag(FLAG, 1, DEFAULT);
    const changed = changedV8Flags();
    const changedTag = cachedDataVersionTag();
    setV8Flag(FLAG, DEFAULT, DEFAULT);
    const defaultTag = cachedDataVersionTag();

    expect(withV8Flags(changed, () => cachedDataVersionTag())).toBe(changedTag);
    expect(cachedDataVersionTag()).toBe(defaultTag);
    expect(changedV8Flags()).toEqual(new Map());
  });

  it('resets flags for an empty snapshot', () => {
    const defaultTag = cachedDataVersionTag();
    setV8Flag(FLAG, 1, DEFAULT);

    expect(withV8Flags(new Map(), () => cachedDataVersionTag())).toBe(defaultTag);
    expect(() => withV8Flags(new Map(), () => {
      throw new Error('work failed');
    })).toThrow('work failed');
    expect(changedV8Flags()).toEqual(new Map([[FLAG, 1]]));
  });
});

describe('withFreshEagerCompilation', () => {
  it('compiles inner functions, keeps the tag', () => {
    const tag = cachedDataVersionTag();
    const source = '(function outer() { function inner() { return [1, 2, 3].map((value) => value * 2); } return inner; })';
    const lazy = new Script(source, { filename: 'chunk.js' }).createCachedData();
    // The same source and name: without the fresh compile, V8 would return the lazy script from its in-memory cache.
    const eager = withFreshEagerCompilation(() => new Script(source, { filename: 'chunk.js' })).createCachedData();

    expect(eager.length).toBeGreaterThan(lazy.length);
    expect(cachedDataVersionTag()).toBe(tag);
  });
});
