/**
 * Where a symbolic link of a snapshot leads on the host it was taken from, worked out
 * from link texts alone. A snapshot keeps the host's absolute links as they are
 * (`nn1/etc/hadoop/conf -> /etc/alternatives/hadoop-conf`): followed on this machine
 * they would lead into its own /etc, so discovery does not follow them (it reads nothing
 * outside the linted directory). Resolved here against the snapshot's own root instead,
 * with the link texts discovery recorded: nothing is opened, nothing outside is touched.
 */

/** A symbolic link discovery met in the tree: its path (relative to the linted directory) and its text, as readlink gives it. */
export interface LinkText {
  readonly path: string;
  readonly text: string;
}

export type LinkResolution =
  /** The path the link leads to, relative to the linted directory, with every link on the way replaced by its text. */
  | { readonly kind: 'path'; readonly path: string }
  /** The link leads out of its snapshot (or the linted directory), or is absolute where no snapshot root is known. */
  | { readonly kind: 'leaves' }
  /** More links on the way than the kernel follows: a loop, or a chain too long to be real. */
  | { readonly kind: 'too many links' };

/**
 * At most this many links are followed for one path: Linux gives up after 40 with ELOOP
 * (path_resolution(7), "a maximum of 40 symbolic links"), so a longer chain does not
 * resolve on the host either. It also ends a loop.
 */
export const MAX_LINK_HOPS = 40;

/** The folders at the top of a host's file system a snapshot copies; the first of them on a path marks the snapshot's root. */
const TOP_LEVEL_FOLDERS: ReadonlySet<string> = new Set(['etc', 'usr', 'opt']);

/**
 * The snapshot that holds `path`: the part before its first `etc`, `usr` or `opt`
 * segment (`nn1` for `nn1/etc/hadoop/conf`, `` for `etc/hadoop/conf`), or undefined
 * when the path has none, so that an absolute link there cannot be placed.
 */
export function snapshotRoot(path: string): string | undefined {
  const parts = path.split('/');
  const at = parts.findIndex((p, i) => i < parts.length - 1 && TOP_LEVEL_FOLDERS.has(p));
  return at < 0 ? undefined : parts.slice(0, at).join('/');
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && s !== '.');
}

/** The recorded links as a tree of path segments, so that a walk checks each step in time proportional to the segment, not the path. */
export interface LinkIndex {
  readonly children: Map<string, LinkIndex>;
  text?: string;
}

export function indexLinks(links: readonly LinkText[]): LinkIndex {
  const top: LinkIndex = { children: new Map() };
  for (const link of links) {
    let node = top;
    for (const segment of segments(link.path)) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map() }));
      node = child;
    }
    node.text = link.text;
  }
  return top;
}

function textAt(index: LinkIndex, path: string): string | undefined {
  let node: LinkIndex | undefined = index;
  for (const segment of segments(path)) node = node?.children.get(segment);
  return node?.text;
}

/**
 * Resolves the link at `linkPath` lexically, as the host's kernel would resolve it
 * inside the snapshot: an absolute text from the snapshot root, a relative one from
 * the link's folder, and every link met on the way (from `links`) replaced by its own
 * text, at most MAX_LINK_HOPS of them. `..` above the snapshot root (or above the linted
 * directory, for a link in no snapshot) ends the walk: the target is not in the tree.
 */
export function resolveLink(linkPath: string, links: LinkIndex): LinkResolution {
  const text = textAt(links, linkPath);
  if (text === undefined) return { kind: 'path', path: linkPath };
  const root = snapshotRoot(linkPath);
  const rootParts = root === undefined ? [] : segments(root);
  // The walked path, and beside it the node of the link tree at each of its prefixes (undefined: no link below).
  let done: string[] = [];
  let nodes: (LinkIndex | undefined)[] = [];
  const goTo = (parts: readonly string[]) => {
    done = [];
    nodes = [];
    let node: LinkIndex | undefined = links;
    for (const p of parts) {
      node = node?.children.get(p);
      done.push(p);
      nodes.push(node);
    }
  };
  goTo(segments(linkPath).slice(0, -1));
  // What is left to walk, last segment first, so that a link's text goes in front of the rest.
  const todo: string[] = [];
  const enter = (linkText: string): boolean => {
    if (linkText.startsWith('/')) {
      if (root === undefined) return false;
      goTo(rootParts);
    }
    todo.push(...segments(linkText).reverse());
    return true;
  };
  if (!enter(text)) return { kind: 'leaves' };
  let hops = 1;
  while (todo.length > 0) {
    const segment = todo.pop()!;
    if (segment === '..') {
      if (done.length <= rootParts.length) return { kind: 'leaves' };
      done.pop();
      nodes.pop();
      continue;
    }
    const parent = nodes.length === 0 ? links : nodes[nodes.length - 1];
    const node = parent?.children.get(segment);
    if (node?.text === undefined) {
      done.push(segment);
      nodes.push(node);
      continue;
    }
    if (++hops > MAX_LINK_HOPS) return { kind: 'too many links' };
    if (!enter(node.text)) return { kind: 'leaves' };
  }
  return { kind: 'path', path: done.join('/') };
}
