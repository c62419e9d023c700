import { describe, expect, it } from 'vitest';
import { answersItsContract } from '../support/api-harness';

/** The integration tests' request helper checks every 2xx JSON answer against its route's response schema. */
describe('the request helper holds answers to their contracts', () => {
  it('passes an answer in the shape its route declares', () => {
    expect(() => answersItsContract('GET', '/staff/names', { items: [{ id: 'li.lei', name: '李雷' }] })).not.toThrow();
  });

  it('fails an answer off its route’s response schema, naming the route and the field', () => {
    expect(() => answersItsContract('GET', '/staff/names', { items: [{ id: 'li.lei' }] })).toThrow(/GET \/staff\/names.*\n.*items\.0\.name/);
  });

  it('finds the route by its pattern, the most specific first, with a query string', () => {
    expect(() => answersItsContract('GET', '/units/east/history?x=1', { items: 'none' })).toThrow(/GET \/units\/\{code\}\/history/);
    expect(() => answersItsContract('GET', '/customers/similar?name=x', { items: [{}] })).toThrow(/GET \/customers\/similar/);
  });

  it('leaves alone a path no route matches', () => {
    expect(() => answersItsContract('GET', '/no-such-route', { anything: true })).not.toThrow();
  });
});
