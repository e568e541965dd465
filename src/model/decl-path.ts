/**
 * Declaration paths (["projects", 2, "indicators", 5]), shared. Every report has the same few
 * hundred paths, so each is one frozen array for the whole process instead of a new array on every
 * figure of every report (~20 KB a report).
 */

/** A field path in a declaration: keys and list indexes from the top. */
export type DeclPath = readonly (string | number)[];

/** One path, and the paths one key below it (made when first asked for). */
export class PathNode {
  readonly path: DeclPath;
  #children: Map<string | number, PathNode> | undefined;

  private constructor(path: DeclPath) {
    this.path = path;
  }

  /** The path that starts at the top of the declaration. */
  static readonly root = new PathNode(Object.freeze([]));

  /** The path one key or index further down. */
  child(key: string | number): PathNode {
    this.#children ??= new Map();
    let node = this.#children.get(key);
    if (!node) {
      node = new PathNode(Object.freeze([...this.path, key]));
      this.#children.set(key, node);
    }
    return node;
  }

  /** The path `keys` further down. */
  at(...keys: (string | number)[]): PathNode {
    let node: PathNode = this;
    for (const k of keys) node = node.child(k);
    return node;
  }
}
