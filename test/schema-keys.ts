// The keys of the manifest schema, read from the zod schema itself: the docs test checks each
// is documented, and the manifest fuzzer writes them.
import { ZodArray, ZodObject, ZodOptional, ZodRecord, ZodUnion, type z } from 'zod';

/** Every object key anywhere in the schema, with the path where it first appears. */
export function schemaKeys(schema: z.ZodType, path = ''): Map<string, string> {
  const keys = new Map<string, string>();
  const visit = (node: z.ZodType, at: string) => {
    if (node instanceof ZodOptional) return visit(node.unwrap() as z.ZodType, at);
    if (node instanceof ZodArray) return visit(node.element as z.ZodType, `${at}[]`);
    if (node instanceof ZodRecord) return visit(node.valueType as z.ZodType, `${at}.*`);
    if (node instanceof ZodUnion) {
      for (const option of node.options as z.ZodType[]) visit(option, at);
      return;
    }
    if (node instanceof ZodObject) {
      for (const [key, child] of Object.entries(node.shape as Record<string, z.ZodType>)) {
        const here = at ? `${at}.${key}` : key;
        if (!keys.has(key)) keys.set(key, here);
        visit(child, here);
      }
    }
  };
  visit(schema, path);
  return keys;
}
