import { Kind, print, visit, type DocumentNode } from 'graphql';

/**
 * A bulk operation takes its query as plain text without variables. We keep the bulk bodies as typed `.graphql`
 * operations (validated by codegen against the schema, sharing the page queries' fragments) and inline the run's
 * values here: a string value becomes a literal, a null one drops its argument.
 */
export function bulkQueryText(
  document: DocumentNode,
  variables: Readonly<Record<string, string | null>>,
): string {
  const valueOf = (name: string): string | null => {
    if (!(name in variables)) throw new Error(`bulkQueryText: no value for $${name}`);
    return variables[name] ?? null;
  };
  const inlined = visit(document, {
    OperationDefinition: (node) => ({ ...node, variableDefinitions: [] }),
    Argument: (node) =>
      node.value.kind === Kind.VARIABLE && valueOf(node.value.name.value) === null ? null : undefined,
    Variable: (node) => ({ kind: Kind.STRING, value: valueOf(node.name.value) ?? '' }),
  });
  return print(inlined);
}
