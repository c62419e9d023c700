/**
 * A schema built the first time it is used, not when its module is imported (issue 15, docs/performance.md
 * "Schemas built when first used"). A function's cold start built every schema of its route family and of
 * every repository its deps construct — a median of 755 zod constructions, up to ~2,000, about 13 µs each —
 * while a request parses with a handful of them.
 *
 * `lazySchema(() => z.object({…}))` returns an empty object typed as the schema. The first property read,
 * `in` test or write builds the schema and then makes that same object the schema: it runs the built
 * schema's zod constructor on it with the built schema's definition (the way zod's own `clone` makes a
 * schema), so from then on it is an ordinary zod schema, with no proxy or indirection left.
 *
 * It has to be the same object, not a wrapper: zod's internals close over the instance they were built for
 * (the JSON Schema processors look the instance up by identity), and the OpenAPI document keys its
 * components and `$ref`s on the exported objects. zod has no deferred construction of its own — `z.lazy`
 * is a schema type of its own without `.shape`, `.extend()` or `.pick()` — hence this helper.
 *
 * Every top-level schema in shared/ and functions/ is written this way; test/unit/lazy-schemas.test.ts fails
 * when importing those modules builds one.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let building = false;
  const becomeSchema = () => {
    if (building) throw new Error('lazySchema: the schema uses itself while being built (refer to it from a getter in its shape)');
    building = true;
    let built: ZodInstance;
    try {
      built = build() as unknown as ZodInstance;
    } finally {
      // A builder that threw throws again on the next use, with its own error, not the self-reference one.
      building = false;
    }
    const { _zod: internals } = built;
    Object.setPrototypeOf(lazy, internals.constr.prototype);
    internals.constr.call(lazy, internals.def);
    if (internals.parent) (lazy as unknown as ZodInstance)._zod.parent = internals.parent;
  };
  const unbuilt = new Proxy(
    {},
    {
      get: (_, key, receiver) => (becomeSchema(), Reflect.get(lazy, key, receiver)),
      set: (_, key, value, receiver) => (becomeSchema(), Reflect.set(lazy, key, value, receiver)),
      has: (_, key) => (becomeSchema(), Reflect.has(lazy, key)),
    },
  );
  const lazy = Object.create(unbuilt) as T;
  return lazy;
}

/** The part of a zod schema's internals this helper uses (zod/v4/core `$ZodTypeInternals`). */
interface ZodInstance {
  _zod: { constr: { prototype: object; call(self: object, def: unknown): unknown }; def: unknown; parent?: unknown };
}
