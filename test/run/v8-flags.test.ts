import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { changedV8Flags, setV8Flag, v8FlagsKey, withEagerCompilation, withV8Flags } from '../../src/run/v8-flags.js';

// A flag that V8 11 (Node.js 20) and V8 13 (Node.js 24) both know, and that changes nothing a test can see.
const FLAG = 'semi-space-growth-factor';
const DEFAULT = 2;

afterEach(() => setV8Flag(FLAG, DEFAULT, DEFAULT));

describe('setV8Flag', () => {
  it('records a flag set away from its default, and forgets it when set back', () => {
    setV8Flag(FLAG, 1, DEFAULT);
    expect(changedV8Flags()).toEqual(new Map([[FLAG, 1]]));

    setV8Flag(FLAG, DEFAULT, DEFAULT);
    expect(changedV8Flags()).toEqual(new Map());
  });

  it('hands out copies that later changes leave alone', () => {
    setV8Flag(FLAG, 1, DEFAULT);
    const snapshot = changedV8Flags();
    setV8Flag(FLAG, DEFAULT, DEFAULT);

    expect(snapshot.get(FLAG)).toBe(1);
  });
});

describe('v8FlagsKey', () => {
  it('is empty without changes and sorted by name with them', () => {
    expect(v8FlagsKey(new Map())).toBe('');
    expect(v8FlagsKey(new Map([['z-flag', 3], ['a-flag', 1]]))).toBe('a-flag=1,z-flag=3');
  });
});

describe('withV8Flags', () => {
  it('sets the flags of a snapshot, so that V8 computes the same cache tag as when the snapshot was taken', () => {
    setV8Flag(FLAG, 1, DEFAULT);
    const changed = changedV8Flags();
    const changedTag = cachedDataVersionTag();
    setV8Flag(FLAG, DEFAULT, DEFAULT);
    const defaultTag = cachedDataVersionTag();

    expect(withV8Flags(changed, () => cachedDataVersionTag())).toBe(changedTag);
    expect(cachedDataVersionTag()).toBe(defaultTag);
    expect(changedV8Flags()).toEqual(new Map());
  });

  it('sets every known flag back to its default for an empty snapshot, and restores the flags after an error', () => {
    const defaultTag = cachedDataVersionTag();
    setV8Flag(FLAG, 1, DEFAULT);

    expect(withV8Flags(new Map(), () => cachedDataVersionTag())).toBe(defaultTag);
    expect(() => withV8Flags(new Map(), () => {
      throw new Error('work failed');
    })).toThrow('work failed');
    expect(changedV8Flags()).toEqual(new Map([[FLAG, 1]]));
  });
});

describe('withEagerCompilation', () => {
  it('compiles inner functions at once, and leaves the cache tag as it was', () => {
    const tag = cachedDataVersionTag();
    const source = '(function outer() { function inner() { return [1, 2, 3].map((value) => value * 2); } return inner; })';
    const lazy = new Script(source, { filename: 'lazy.js' }).createCachedData();
    const eager = withEagerCompilation(() => new Script(source, { filename: 'eager.js' })).createCachedData();

    expect(eager.length).toBeGreaterThan(lazy.length);
    expect(cachedDataVersionTag()).toBe(tag);
  });
});
