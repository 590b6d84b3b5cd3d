/**
 * Lookups of list items by host (hostKey), built once per list. A model of thousands of
 * hosts asks, for every host, which server line, NameNode or ResourceManager names it:
 * scanning the list per host is quadratic (a zoo.cfg of 10,000 server lines took 27 s),
 * an index built once per list is linear.
 */
import { hostKey } from './host-names.ts';

export class HostIndex<T> {
  /** Per list (or the object that owns a derived list): the items naming each host key, in list order. */
  private readonly built = new WeakMap<object, Map<string, T[]>>();

  /** `namesOf`: the host names an item gives, in the order a scan would meet them. */
  constructor(private readonly namesOf: (item: T) => Iterable<string | undefined>) {}

  /**
   * The items of `owner`'s list that name `host`, in list order, each once. `items` gives
   * the list; it is read once per owner, so the owner must not change (the model is frozen).
   */
  all(owner: object, items: () => Iterable<T>, host: string): readonly T[] {
    let index = this.built.get(owner);
    if (!index) {
      index = new Map();
      for (const item of items()) {
        for (const name of this.namesOf(item)) {
          if (name === undefined) continue;
          const key = hostKey(name);
          const list = index.get(key);
          if (!list) index.set(key, [item]);
          else if (list[list.length - 1] !== item) list.push(item);
        }
      }
      this.built.set(owner, index);
    }
    return index.get(hostKey(host)) ?? [];
  }

  /** The first item of `list` naming `host`, as `list.find(... sameHost ...)` would return it. */
  first(list: readonly T[], host: string): T | undefined {
    return this.all(list, () => list, host)[0];
  }
}
