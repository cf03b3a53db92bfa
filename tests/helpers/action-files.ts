import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const dir = 'src/actions';

/**
 * Every Astro Action of the site by its client name (`users.setActive`, `bulk.transfer.preview`),
 * read statically: `src/actions/index.ts` maps each family to an object exported by a family file,
 * whose leaves are `operationAction(op)` calls. A leaf built any other way is returned with its
 * builder so the structure test can refuse it.
 */
export function actionsOfSite(): { name: string; builtWith: string }[] {
  const families = familiesOf(join(dir, 'index.ts'));
  const exported = new Map<string, ts.ObjectLiteralExpression>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const s of source.statements) {
      if (!ts.isVariableStatement(s)) continue;
      for (const d of s.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.initializer && ts.isObjectLiteralExpression(d.initializer)) exported.set(d.name.text, d.initializer);
    }
  }
  return [...families].flatMap(([family, ident]) => {
    const obj = exported.get(ident);
    if (!obj) throw new Error(`src/actions/index.ts names ${ident}, which no file of src/actions exports as an object.`);
    return leaves(obj, family);
  });
}

function familiesOf(file: string): Map<string, string> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = new Map<string, string>();
  for (const s of source.statements) {
    if (!ts.isVariableStatement(s)) continue;
    for (const d of s.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.name.text !== 'server' || !d.initializer || !ts.isObjectLiteralExpression(d.initializer)) continue;
      for (const p of d.initializer.properties) if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.initializer)) out.set(p.name.getText(), p.initializer.text);
    }
  }
  return out;
}

function leaves(obj: ts.ObjectLiteralExpression, prefix: string): { name: string; builtWith: string }[] {
  return obj.properties.flatMap((p) => {
    if (!ts.isPropertyAssignment(p)) return [{ name: `${prefix}.?`, builtWith: ts.SyntaxKind[p.kind] }];
    const name = `${prefix}.${p.name.getText()}`;
    const init = p.initializer;
    if (ts.isObjectLiteralExpression(init)) return leaves(init, name);
    const builtWith = ts.isCallExpression(init) && ts.isIdentifier(init.expression) ? init.expression.text : ts.SyntaxKind[init.kind];
    return [{ name, builtWith }];
  });
}
