import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { lazySchema } from '../../shared/lazy-schema';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** zod calls this after building any schema or check (zod/v4/core/core.js); here it counts them. */
function countConstructions(): { readonly count: number; stop(): void } {
  const config = (globalThis as { __zod_globalConfig?: { postProcessor?: (inst: unknown) => void } }).__zod_globalConfig!;
  const counter = { count: 0, stop: () => delete config.postProcessor };
  config.postProcessor = () => void counter.count++;
  return counter;
}

describe('lazySchema', () => {
  const eager = () => z.strictObject({ name: z.string().trim().min(2), size: z.number().int().positive().optional() });

  it('builds nothing until the schema is used, then builds once', () => {
    const build = vi.fn(eager);
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.parse({ name: ' 华东 ' })).toEqual({ name: '华东' });
    expect(schema.safeParse({ name: 'x' }).success).toBe(false);
    expect(Object.keys(schema.shape)).toEqual(['name', 'size']);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('is the schema itself once used: a zod type, and what it wraps or extends refers to it', () => {
    const schema = lazySchema(eager);
    expect(schema).toBeInstanceOf(z.ZodType);
    expect(schema).toBeInstanceOf(z.ZodObject);
    const optional = schema.optional();
    expect(optional.unwrap()).toBe(schema);
    const list = z.array(schema);
    expect(list.element).toBe(schema);
    expect(schema.extend({ extra: z.boolean() }).parse({ name: 'ab', extra: true })).toEqual({ name: 'ab', extra: true });
    expect(schema.pick({ name: true }).safeParse({ name: 'ab', size: 1 }).success).toBe(false);
  });

  it('answers the same errors and JSON Schema as the schema built at once', () => {
    const lazy = lazySchema(eager);
    const input = { name: '', size: -1, other: 1 };
    expect(lazy.safeParse(input).error?.issues).toEqual(eager().safeParse(input).error?.issues);
    expect(z.toJSONSchema(z.object({ a: lazy, b: lazy.optional() }))).toEqual(z.toJSONSchema(z.object({ a: eager(), b: eager().optional() })));
  });

  it('keeps its identity for registries, as the OpenAPI document’s components need', () => {
    const lazy = lazySchema(eager);
    const registry = z.registry<{ id: string }>();
    registry.add(lazy, { id: 'Named' });
    const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/${id}` });
    expect(Object.keys(schemas)).toEqual(['Named']);
    const outer = z.registry<{ id: string }>();
    outer.add(lazy, { id: 'Named' }).add(z.object({ inner: lazy }), { id: 'Outer' });
    expect(z.toJSONSchema(outer, { uri: (id) => `#/${id}` }).schemas.Outer).toMatchObject({ properties: { inner: { $ref: '#/Named' } } });
  });

  it('keeps a refinement’s rule, built with it on first use', () => {
    const even = lazySchema(() => z.number().refine((n) => n % 2 === 0, { error: 'even' }));
    expect(even.safeParse(3).error?.issues[0]?.message).toBe('even');
    expect(even.parse(4)).toBe(4);
  });

  it('throws a failing builder’s own error on every use, not a false self-reference', () => {
    const broken = lazySchema((): z.ZodString => {
      throw new Error('no such check');
    });
    expect(() => broken.parse('x')).toThrow('no such check');
    expect(() => broken.parse('x')).toThrow('no such check');
  });

  it('says so when a schema uses itself while being built', () => {
    const selfish: z.ZodType = lazySchema((): z.ZodType => z.array(selfish.optional()));
    expect(() => selfish.parse([])).toThrow(/uses itself while being built/);
  });
});

describe('importing the server’s modules builds no zod schema', () => {
  // Every module of shared/ and functions/ (handlers included): a function's cold start imports a few
  // hundred of them, and a schema built at import is paid on every start whether the request uses it or not.
  const modules = ['shared', 'functions'].flatMap((dir) =>
    readdirSync(`${root}${dir}`, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `${dir}/${f}`),
  );

  it('finds the modules', () => {
    expect(modules.length).toBeGreaterThan(300);
    expect(modules).toContain('shared/schemas/customer.schema.ts');
  });

  it('imports each without building a schema (write top-level schemas as lazySchema(() => …))', async () => {
    vi.stubEnv('TABLE_NAME', 'crm');
    vi.stubEnv('AWS_REGION', 'cn-north-1');
    const counter = countConstructions();
    const building: Record<string, number> = {};
    try {
      for (const file of modules) {
        const before = counter.count;
        await import(/* @vite-ignore */ `${root}${file}`);
        if (counter.count > before) building[file] = counter.count - before;
      }
    } finally {
      counter.stop();
      vi.unstubAllEnvs();
    }
    expect(building, 'schemas built at import (with the modules they import first)').toEqual({});
  }, 120_000);
});
