/** `npm run bench -- <name> [size]`: runs one benchmark of bench/ and prints its figures as ratios. */
const benches: Record<string, string> = {
  webhook: './webhook.bench.ts',
  'recalculate-tiers': './recalculate-tiers.bench.ts',
  'customer-search': './customer-search.bench.ts',
  'cold-start': './cold-start.bench.ts',
  'zod-constructions': './zod-constructions.bench.ts',
  home: './home.bench.ts',
};
const which = process.argv[2];
if (!which || !benches[which]) {
  console.error(`Usage: npm run bench -- <${Object.keys(benches).join('|')}> [size]`);
  process.exit(2);
}
await import(benches[which]!);
export {};
