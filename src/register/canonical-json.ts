/**
 * A stable text form for data files: keys in the order the JSON Schema lists its properties (so a file
 * reads like the contract and a rewrite never shuffles it), two-space indentation, final newline.
 */

export interface JsonSchemaNode {
  $ref?: string;
  $defs?: Record<string, JsonSchemaNode>;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

/** A copy of `value` with object keys ordered as in `schema`; keys the schema does not list keep their order at the end. */
export function canonicalize(value: unknown, schema: JsonSchemaNode): unknown {
  return order(value, schema, schema);
}

function order(value: unknown, node: JsonSchemaNode | undefined, root: JsonSchemaNode): unknown {
  const resolved = resolve(node, root);
  if (Array.isArray(value)) return value.map((item) => order(item, resolved?.items, root));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const properties = resolved?.properties ?? {};
  const keys = [...Object.keys(properties).filter((key) => key in source), ...Object.keys(source).filter((key) => !(key in properties))];
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    if (source[key] !== undefined) result[key] = order(source[key], properties[key], root);
  }
  return result;
}

function resolve(node: JsonSchemaNode | undefined, root: JsonSchemaNode): JsonSchemaNode | undefined {
  let current = node;
  // Local references only ("#/$defs/name"): the provider and codebook schemas use nothing else for objects.
  for (let depth = 0; depth < 10 && current?.$ref?.startsWith('#/$defs/'); depth += 1) {
    current = root.$defs?.[current.$ref.slice('#/$defs/'.length)];
  }
  return current;
}

/** The file text: pretty-printed JSON with a final newline. */
export function stringifyDataFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
