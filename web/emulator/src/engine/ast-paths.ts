/**
 * Shopify (graphql-ruby) puts a document path on validation errors, e.g.
 * `["query", "orders", "edges", "node", "customer", "defaultEmail"]`. graphql-js does not, so we index every
 * field, argument and argument value of the document by its path once and look errors up in it.
 */
import { Kind, type ASTNode, type DocumentNode, type SelectionSetNode } from 'graphql';

export function indexDocumentPaths(document: DocumentNode): Map<ASTNode, readonly string[]> {
  const paths = new Map<ASTNode, readonly string[]>();
  const walk = (selectionSet: SelectionSetNode | undefined, prefix: readonly string[]): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const path = [...prefix, selection.name.value];
        paths.set(selection, path);
        for (const argument of selection.arguments ?? []) {
          const argumentPath = [...path, argument.name.value];
          paths.set(argument, argumentPath);
          paths.set(argument.value, argumentPath);
        }
        walk(selection.selectionSet, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const label = selection.typeCondition ? `... on ${selection.typeCondition.name.value}` : '...';
        walk(selection.selectionSet, [...prefix, label]);
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      const label = definition.name
        ? `${definition.operation} ${definition.name.value}`
        : definition.operation;
      walk(definition.selectionSet, [label]);
    } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      walk(definition.selectionSet, [`fragment ${definition.name.value}`]);
    }
  }
  return paths;
}
