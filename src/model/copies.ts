/**
 * Copies of one content. Snapshots of many hosts hold mostly identical files, so
 * src/model/load.ts parses each distinct content once, and each further path with the
 * same bytes becomes a copy of that parsed file: the same kind, hash, line count and
 * suppressions, with every span re-homed to the copy's own path, so that a finding
 * about one host still points at that host's copy.
 *
 * Re-homing a whole parsed tree per copy would cost as much memory as parsing it, so
 * the parsed value (`xml`, `zoo`, `list`, ... whatever the kind holds) is re-homed
 * lazily, the first time a rule reads it; most copies are never read, since the model
 * groups files by hash and rules look at one file per distinct content. A copy is
 * frozen from the start, and the value it builds is deep-frozen, so the model stays
 * read-only and deepFreeze never walks (or builds) the lazy values.
 */
import { deepFreeze } from './freeze.ts';
import type { ClusterFile, ContainerOrigin } from './types.ts';

/** Fields every file kind has; any other field is the kind's parsed value. */
const BASE_FIELDS: ReadonlySet<string> = new Set(['path', 'host', 'hash', 'lineCount', 'start', 'suppressions', 'kind', 'container']);

/** The parsed file each copy re-homes from. */
const originOf = new WeakMap<object, ClusterFile>();

/**
 * A deep copy of `value` in which every span of file `from` points at file `to`.
 * Arrays and plain objects are copied (shared references stay shared); anything else
 * (a Map, a class instance) is kept as it is, so parsed values hold no spans there.
 */
function rehome(value: unknown, from: string, to: string, memo: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const done = memo.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    memo.set(value, out);
    for (const item of value) out.push(rehome(item, from, to, memo));
    return out;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null) return value;
  const out = Object.create(proto) as Record<string, unknown>;
  memo.set(value, out);
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    out[key] = key === 'file' && v === from ? to : rehome(v, from, to, memo);
  }
  return out;
}

/** The file at `path` whose bytes equal those of `original`, which was parsed from its own path. */
export function copyAt<F extends ClusterFile>(original: F, path: string, host: string | undefined = original.host): F {
  const source = (originOf.get(original) as F | undefined) ?? original;
  const from = source.path;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const v = (source as unknown as Record<string, unknown>)[key];
    if (key === 'path') out[key] = path;
    else if (key === 'host') out[key] = host;
    else if (BASE_FIELDS.has(key)) out[key] = deepFreeze(rehome(v, from, path, new Map()));
    else {
      let built: unknown;
      let ready = false;
      Object.defineProperty(out, key, {
        enumerable: true,
        get() {
          if (!ready) {
            built = deepFreeze(rehome(v, from, path, new Map()));
            ready = true;
          }
          return built;
        },
      });
    }
  }
  originOf.set(out, source);
  return Object.freeze(out) as unknown as F;
}

/** The parsed file a copy re-homes from, or the file itself: what every copy of one content shares. */
export function originalOf<F extends ClusterFile>(file: F): F {
  return (originOf.get(file) as F | undefined) ?? file;
}

/**
 * The file assigned to a host folder: a copy stays a (lazy) copy. The copy is already
 * re-homed to its own path (loadFiles), so only the host changes: its re-homed fields
 * and its lazy parsed value are kept, not re-homed and frozen a second time (issue #17).
 */
export function withHost<F extends ClusterFile>(file: F, host: string): F {
  if (!originOf.has(file)) return { ...file, host } as F;
  // Spreading the descriptors keeps each key in its place; `host` only gets the new value.
  const out = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(file), host: { value: host, enumerable: true } });
  originOf.set(out, originOf.get(file)!);
  return Object.freeze(out) as F;
}

/** The file as one container sees it (src/containers/): its host, and how it reached the container. */
export function inContainer<F extends ClusterFile>(file: F, host: string, container: ContainerOrigin): F {
  if (!originOf.has(file)) return { ...file, host, container } as F;
  const copy = copyAt(file, file.path, host);
  // The copy's own fields are frozen getters and values: a new object keeps them and adds the origin.
  const out = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(copy), container: { value: container, enumerable: true } });
  originOf.set(out, originOf.get(copy)!);
  return Object.freeze(out) as F;
}
