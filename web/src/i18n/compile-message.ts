import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n';

/** What vue-i18n's own compiled messages call on the context (core-base's HelperNameMap), untyped in its API. */
type Context = MessageContext & { normalize(values: unknown[]): unknown; interpolate(value: unknown): unknown };

/** `{name}` or `{0}`: the only syntax our messages use (test/web/i18n-compile.test.ts holds every message to it). */
const placeholder = /\{\s*([A-Za-z_$][\w$]*|\d+)\s*\}/g;

/**
 * Turns a message string into vue-i18n's message function. The app ships vue-i18n's runtime build,
 * which has no compiler of its own (its full build's is ~12 KB gzip before the first page; issue 15):
 * every message here is plain text with `{name}` placeholders, and this is all of that syntax. A
 * message using more of vue-i18n's syntax (plurals `a | b`, links `@:key`, literals `{'…'}`) fails the
 * test that compares each message with vue-i18n's own compiler: keep them out, or precompile at build time.
 */
export const compileMessage: MessageCompiler = (message) => {
  if (typeof message !== 'string') throw new Error('compileMessage: only string messages');
  const parts: (string | { key: string; list: boolean })[] = [];
  let last = 0;
  for (const m of message.matchAll(placeholder)) {
    if (m.index > last) parts.push(message.slice(last, m.index));
    parts.push({ key: m[1]!, list: /^\d+$/.test(m[1]!) });
    last = m.index + m[0].length;
  }
  if (last < message.length) parts.push(message.slice(last));
  const compiled = (context: MessageContext) => {
    const ctx = context as Context;
    return ctx.normalize(parts.map((p) => (typeof p === 'string' ? p : ctx.interpolate(p.list ? ctx.list(Number(p.key)) : ctx.named(p.key)))));
  };
  return compiled as MessageFunction;
};
