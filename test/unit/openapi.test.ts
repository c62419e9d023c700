import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocumentText } from '../../infra/ops/openapi-file';
import { routeEntries, splitRouteKey } from '../../shared/routes';

const checkedIn = readFileSync(resolve(import.meta.dirname, '../../docs/openapi.json'), 'utf8');

describe('the OpenAPI document', () => {
  it('is current: docs/openapi.json is what the contracts generate (run `npm run openapi`)', () => {
    expect(checkedIn === openApiDocumentText(), 'docs/openapi.json is stale: run `npm run openapi` and commit it').toBe(true);
  });

  it('describes every route of the route table, with its path parameters', () => {
    const doc = JSON.parse(checkedIn) as { openapi: string; paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const [key] of routeEntries()) {
      const { method, path } = splitRouteKey(key);
      const op = doc.paths[path]?.[method.toLowerCase()];
      expect(op, key).toBeDefined();
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op!.parameters.filter((p) => p.in === 'path').map((p) => p.name), key).toEqual(names);
    }
  });

  it('gives the order webhook its signed event body and the Standard Webhooks headers', () => {
    const doc = JSON.parse(checkedIn);
    const op = doc.paths['/webhooks/orders'].post;
    expect(op.security).toEqual([]);
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['webhook-id', 'webhook-timestamp', 'webhook-signature']));
    const ref: string = op.requestBody.content['application/json'].schema.$ref;
    expect(JSON.stringify(doc.components.schemas[ref.split('/').pop()!])).toContain('order.paid');
  });

  it('writes shared records once under components and refers to them, every reference resolving', () => {
    const doc = JSON.parse(checkedIn);
    const detail = doc.paths['/customers/{customerId}'].get.responses['200'].content['application/json'].schema;
    expect(detail).toEqual({ $ref: '#/components/schemas/CustomerView' });
    expect(doc.paths['/customers/{customerId}'].get.responses['404']).toEqual({ $ref: '#/components/responses/Error404' });
    const refs = [...checkedIn.matchAll(/"\$ref": "#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(100);
    for (const [, kind, name] of refs) expect(doc.components[kind!]?.[name!], `${kind}/${name}`).toBeDefined();
  });
});
