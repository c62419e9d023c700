import { api } from './api-client';

/**
 * Compile-time checks of the typed client, never called: vue-tsc fails when a line marked
 * `@ts-expect-error` compiles, i.e. when the route table or the contracts stop guarding these mistakes.
 */
export async function typedClientChecks(): Promise<void> {
  // @ts-expect-error a key not in the route table
  await api('GET /no-such-route');
  // @ts-expect-error a route with a path parameter needs it
  await api('GET /service-requests/{requestId}');
  // @ts-expect-error the parameter is named as in the route key
  await api('GET /service-requests/{requestId}', { params: { id: 'x' } });
  // @ts-expect-error the body has the contract's shape
  await api('POST /service-requests', { body: { kind: 'nonsense' } });
  const { data } = await api('GET /service-requests/stats');
  // @ts-expect-error the answer has the contract's type
  data.total.toUpperCase();
}
