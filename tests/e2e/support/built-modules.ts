import { parse, type Node } from 'acorn';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';

/**
 * Reads the build in `out/` the way a browser or Node would, without asking the bundler: the module graph is
 * worked out from the HTML and from the import statements and require() calls of the built files themselves.
 */

export const OUT = resolve(__dirname, '../../../out');
export const RENDERER = resolve(OUT, 'renderer');

type AnyNode = Node & Record<string, unknown>;

/** Every node of an ESTree, depth first. */
function* walk(node: unknown): Generator<AnyNode> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  const n = node as AnyNode;
  if (typeof n.type === 'string') yield n;
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && value && typeof value === 'object') yield* walk(value);
}

const parsed = new Map<string, Node>();
function parseFile(file: string, sourceType: 'module' | 'script'): Node {
  const key = `${sourceType}:${file}`;
  let tree = parsed.get(key);
  if (!tree) {
    tree = parse(readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType, allowHashBang: true, allowReturnOutsideFunction: true });
    parsed.set(key, tree);
  }
  return tree;
}

const specifierOf = (n: AnyNode) => (n.source as { value?: unknown } | null | undefined)?.value;

/** The text of a string literal, or of a template literal without substitutions (minifiers write `x`). */
function constantString(node: AnyNode | undefined): string | null {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    return (node.quasis as { value: { cooked: string } }[])[0]!.value.cooked;
  }
  return null;
}

/** The specifiers a module imports statically (import … from, export … from, bare import), not import() calls. */
export function staticImports(file: string): string[] {
  // Import and export declarations can only stand at the top level of a module.
  const body = (parseFile(file, 'module') as AnyNode).body as AnyNode[];
  return body
    .filter((n) => n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration')
    .map(specifierOf)
    .filter((spec): spec is string => typeof spec === 'string');
}

/** The specifiers a module loads with import() (a constant string), fetched only when that code runs. */
export function dynamicImports(file: string): string[] {
  const found: string[] = [];
  if (!readFileSync(file, 'utf8').includes('import(')) return found;
  for (const n of walk(parseFile(file, 'module'))) {
    if (n.type === 'ImportExpression') {
      const spec = constantString(n.source as AnyNode);
      if (spec !== null) found.push(spec);
    }
  }
  return found;
}

/** The string arguments of every `require("…")` call in a CommonJS file. */
export function requiredModules(file: string): string[] {
  const found: string[] = [];
  if (!readFileSync(file, 'utf8').includes('require')) return found;
  for (const n of walk(parseFile(file, 'script'))) {
    if (n.type !== 'CallExpression') continue;
    const callee = n.callee as AnyNode;
    const spec = constantString((n.arguments as AnyNode[])[0]);
    if (callee.type === 'Identifier' && callee.name === 'require' && spec !== null) found.push(spec);
  }
  return found;
}

type HtmlNode = DefaultTreeAdapterMap['node'];
type HtmlElement = DefaultTreeAdapterMap['element'];

/** Every element of a parsed HTML document, in document order. */
function* htmlElements(node: HtmlNode): Generator<HtmlElement> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* htmlElements(child);
}

/**
 * The JavaScript files the browser fetches before the app's code first runs: the module scripts of
 * index.html, the files it preloads, and everything those import statically, transitively.
 */
export function startScripts(rendererDir = RENDERER): string[] {
  const html = parseHtml(readFileSync(resolve(rendererDir, 'index.html'), 'utf8'));
  const roots: string[] = [];
  for (const element of htmlElements(html)) {
    const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
    if (element.tagName === 'script' && attr('type') === 'module' && attr('src')) roots.push(attr('src')!);
    if (element.tagName === 'link' && attr('rel') === 'modulepreload' && attr('href')) roots.push(attr('href')!);
  }
  const queue = roots.map((href) => resolve(rendererDir, href));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) throw new Error(`${file} imports "${spec}", which a browser cannot resolve`);
      queue.push(spec.startsWith('/') ? resolve(rendererDir, `.${spec}`) : resolve(dirname(file), spec));
    }
  }
  return [...seen].sort();
}

export const bytesOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
