// Reads the AppError hierarchy off the source, as a reviewer would: every class in web/src whose `extends` chain
// reaches AppError, and what its `retryable` is (a literal, inherited, or set per instance in the constructor).
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export type Retryable = boolean | 'per-instance';

export interface ErrorClass {
  readonly name: string;
  readonly file: string;
  readonly retryable: Retryable;
}

interface Declared {
  readonly name: string;
  readonly file: string;
  readonly parent: string | undefined;
  /** The class's own `retryable` field; undefined when it inherits it. */
  readonly own: Retryable | undefined;
}

function ownRetryable(node: ts.ClassDeclaration): Retryable | undefined {
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'retryable') continue;
    const init = member.initializer;
    if (init?.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (init?.kind === ts.SyntaxKind.FalseKeyword) return false;
    return 'per-instance';
  }
  return undefined;
}

function declaredClasses(file: string): Declared[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements.filter(ts.isClassDeclaration).flatMap((node) => {
    if (!node.name) return [];
    const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
    const parent = heritage?.types[0]?.expression;
    return [
      {
        name: node.name.text,
        file,
        parent: parent && ts.isIdentifier(parent) ? parent.text : undefined,
        own: ownRetryable(node),
      },
    ];
  });
}

/** AppError and its descendants across `files`; class names must be unique, as errors are matched by name. */
export function appErrorClasses(files: readonly string[]): ErrorClass[] {
  const declared = files.flatMap(declaredClasses);
  const byName = new Map<string, Declared>();
  for (const entry of declared) {
    const clash = byName.get(entry.name);
    if (clash) throw new Error(`two classes named ${entry.name}: ${clash.file} and ${entry.file}`);
    byName.set(entry.name, entry);
  }
  const resolve = (name: string, seen: readonly string[] = []): ErrorClass | undefined => {
    const entry = byName.get(name);
    if (!entry || seen.includes(name)) return undefined;
    if (name === 'AppError') return { name, file: entry.file, retryable: entry.own ?? true };
    const parent = entry.parent === undefined ? undefined : resolve(entry.parent, [...seen, name]);
    return parent && { name, file: entry.file, retryable: entry.own ?? parent.retryable };
  };
  return declared.flatMap((entry) => resolve(entry.name) ?? []);
}
