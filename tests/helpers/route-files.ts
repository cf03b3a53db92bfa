import { readFileSync, readdirSync, statSync } from 'node:fs';
import ts from 'typescript';
import { join, relative } from 'node:path';

/** HTTP methods an Astro endpoint may export. */
export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'ALL'] as const;

/** Every file below `dir`, at any depth. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Every endpoint file of the site, relative to the repository (`src/pages/api/me.ts`): the
 * TypeScript files under src/pages (those under api/, and /metrics). Pages (.astro) are not
 * endpoints.
 */
export function routeFiles(): string[] {
  return filesUnder('src/pages')
    .filter((f) => /\.(ts|js|mts|mjs)$/.test(f))
    .map((f) => relative('.', f).split('\\').join('/'))
    .sort();
}

/** The URL path of an endpoint file, with its parameters as `[name]` (`/api/bulk/[id]/cancel`). */
export const routePath = (file: string) =>
  file
    .replace(/^src\/pages/, '')
    .replace(/\.(ts|js|mts|mjs)$/, '')
    .replace(/\/index$/, '');

export interface Handler {
  method: string;
  /** The function the handler is built with (`defineEndpoint`…), or what else it is. */
  builtWith: string;
}

/** The method handlers a route file exports, read statically from its source. */
export function handlersOf(file: string): Handler[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Handler[] = [];
  const isMethod = (name: string) => (httpMethods as readonly string[]).includes(name);
  for (const node of source.statements) {
    const exported = ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isVariableStatement(node) && exported) {
      for (const d of node.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !isMethod(d.name.text)) continue;
        const init = d.initializer;
        const callee =
          init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) ? init.expression.text : init ? ts.SyntaxKind[init.kind] : 'nothing';
        const constant = (node.declarationList.flags & ts.NodeFlags.Const) !== 0;
        out.push({ method: d.name.text, builtWith: constant ? callee : `let/var ${callee}` });
      }
    } else if (ts.isFunctionDeclaration(node) && exported && node.name && isMethod(node.name.text)) {
      out.push({ method: node.name.text, builtWith: 'function declaration' });
    } else if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
      for (const e of node.exportClause.elements) if (isMethod(e.name.text)) out.push({ method: e.name.text, builtWith: 're-export' });
    } else if (ts.isExportAssignment(node)) {
      out.push({ method: 'default', builtWith: 'export default' });
    }
  }
  return out;
}

/** True when the file imports `name` from the one endpoint module. */
export function importsFromEndpoint(file: string, name: string): boolean {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      /\/server\/endpoint$/.test(s.moduleSpecifier.text) &&
      s.importClause?.namedBindings !== undefined &&
      ts.isNamedImports(s.importClause.namedBindings) &&
      s.importClause.namedBindings.elements.some((e) => e.name.text === name && !e.propertyName),
  );
}
