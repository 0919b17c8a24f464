/**
 * Shopify-shaped GraphQL errors. Shopify runs graphql-ruby, so its messages and `extensions.code`s are
 * graphql-ruby's (`undefinedField`, `argumentNotAccepted`, `missingRequiredArguments`, `selectionMismatch`…);
 * the shape `{message, locations, path, extensions: {code, …}}` was checked against recorded Shopify
 * responses (e.g. "Field 'defaultEmail' doesn't exist on type 'Customer'", code undefinedField, typeName,
 * fieldName). graphql-js validation messages are translated here; rules we do not map keep graphql-js's text.
 */
import { GraphQLError, type ASTNode, type GraphQLFormattedError } from 'graphql';

export type ShopifyError = GraphQLFormattedError;

interface Translation {
  readonly message: string;
  readonly extensions: Record<string, unknown>;
}

type Rule = (match: RegExpExecArray) => Translation;

const RULES: readonly (readonly [RegExp, Rule])[] = [
  [
    /^Cannot query field "(\w+)" on type "(\w+)"/,
    ([, field = '', type = '']) => ({
      message: `Field '${field}' doesn't exist on type '${type}'`,
      extensions: { code: 'undefinedField', typeName: type, fieldName: field },
    }),
  ],
  [
    /^Unknown argument "(\w+)" on field "(?:\w+)\.(\w+)"/,
    ([, argument = '', field = '']) => ({
      message: `Field '${field}' doesn't accept argument '${argument}'`,
      extensions: { code: 'argumentNotAccepted', name: field, typeName: 'Field', argumentName: argument },
    }),
  ],
  [
    /^Field "(\w+)" argument "(\w+)" of type "[^"]+" is required/,
    ([, field = '', argument = '']) => ({
      message: `Field '${field}' is missing required arguments: ${argument}`,
      extensions: { code: 'missingRequiredArguments', className: 'Field', name: field, arguments: argument },
    }),
  ],
  [
    /^Field "(\w+)" of type "([^"]+)" must have a selection of subfields/,
    ([, field = '', type = '']) => ({
      message: `Field must have selections (field '${field}' returns ${type.replace(/[![\]]/g, '')} but has no selections. Did you mean '${field} { ... }'?)`,
      extensions: {
        code: 'selectionMismatch',
        nodeName: `field '${field}'`,
        typeName: type.replace(/[![\]]/g, ''),
      },
    }),
  ],
  [
    /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields/,
    ([, field = '', type = '']) => ({
      message: `Selections can't be made on scalars (field '${field}' returns ${type} but has selections)`,
      extensions: { code: 'selectionMismatch', nodeName: `field '${field}'`, typeName: type },
    }),
  ],
  [
    /^Unknown type "(\w+)"/,
    ([, type = '']) => ({
      message: `No such type ${type}, so it can't be a fragment condition`,
      extensions: { code: 'undefinedType', typeName: type },
    }),
  ],
  [
    /^Variable "\$(\w+)" is never used/,
    ([, name = '']) => ({
      message: `Variable $${name} is declared by anonymous query but not used`,
      extensions: { code: 'variableNotUsed', variableName: name },
    }),
  ],
  [
    /^Variable "\$(\w+)" is not defined/,
    ([, name = '']) => ({
      message: `Variable $${name} is used by anonymous query but not declared`,
      extensions: { code: 'variableNotDefined', variableName: name },
    }),
  ],
  [
    /^(?:Int|Float|String|Boolean|ID|Enum|Expected value of type)|cannot represent/,
    () => ({
      message: '',
      extensions: { code: 'argumentLiteralsIncompatible' },
    }),
  ],
];

/** Translate one graphql-js validation error into Shopify's wording, with a document path when known. */
export function toShopifyValidationError(
  error: GraphQLError,
  paths: Map<ASTNode, readonly string[]>,
): ShopifyError {
  const node = error.nodes?.[0];
  const path = node ? paths.get(node) : undefined;
  for (const [pattern, rule] of RULES) {
    const match = pattern.exec(error.message);
    if (!match) continue;
    const translated = rule(match);
    return {
      message: translated.message || error.message,
      ...(error.locations ? { locations: error.locations } : {}),
      ...(path ? { path } : {}),
      extensions: translated.extensions,
    };
  }
  return {
    message: error.message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(path ? { path } : {}),
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  };
}

/** graphql-ruby's parse error shape: "syntax error, … at [line, column]" with locations only. */
export function toShopifySyntaxError(error: GraphQLError): ShopifyError {
  const location = error.locations?.[0];
  const where = location ? ` at [${location.line}, ${location.column}]` : '';
  return {
    message: `syntax error, ${error.message.replace(/^Syntax Error: /, '')}${where}`,
    ...(error.locations ? { locations: error.locations } : {}),
  };
}

/** Errors raised by our resolvers carry their Shopify code; anything else is reported as-is (never hidden). */
export function formatExecutionError(error: GraphQLError): ShopifyError {
  const formatted = error.toJSON();
  if (formatted.extensions?.['code']) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
}

/** A resolver error with a Shopify extension code (ACCESS_DENIED, NOT_FOUND…). */
export function shopifyError(
  message: string,
  code: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}
