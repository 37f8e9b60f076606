// Small helpers over the parsed DOM (domhandler nodes, as cheerio gives them).
import type { AnyNode, Element } from 'domhandler';

export type { AnyNode, Element };

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is AnyNode & { data: string } {
  return node.type === 'text';
}

/**
 * Depth-first walk without recursion (old pages nest unclosed `<font>` thousands deep).
 * `enter` returns false to skip the node's children; `exit` runs after them.
 */
export function walk(root: AnyNode, enter: (node: AnyNode) => boolean, exit?: (node: AnyNode) => void): void {
  const stack: { node: AnyNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      exit?.(node);
      continue;
    }
    const descend = enter(node);
    if (exit) stack.push({ node, leaving: true });
    if (!descend || !('children' in node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], leaving: false });
  }
}

/** Element children of a node. */
export function childElements(node: AnyNode): Element[] {
  return 'children' in node ? node.children.filter(isElement) : [];
}

/** Detaches a node from its parent. */
export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node as never);
  if (i >= 0) parent.children.splice(i, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = node.prev = node.next = null;
}

/** All text below a node, as it is in the source (no whitespace handling). */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  walk(node, (n) => {
    if (isText(n)) parts.push(n.data);
    return true;
  });
  return parts.join('');
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_PUNCT = /[，。；：、！？（）《》“”]/;

/** Weight of a text for the density search: CJK characters, punctuation counted thrice. */
export function textWeight(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (CJK.test(ch)) w += 1;
    else if (CJK_PUNCT.test(ch)) w += 3;
  }
  return w;
}
