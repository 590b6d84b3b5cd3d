import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a directory tree from { 'a/b.txt': 'content' } into a new temporary folder. */
export function makeTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hacheck-tree-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function site(props: Record<string, string>, extra = ''): string {
  const body = Object.entries(props)
    .map(([n, v]) => `  <property>\n    <name>${n}</name>\n    <value>${v}</value>\n  </property>`)
    .join('\n');
  return `<?xml version="1.0"?>\n<configuration>\n${body}\n${extra}</configuration>\n`;
}
