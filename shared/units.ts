/**
 * Business units (业务单位). Each owns the customers of its unit or region (R1).
 * A fixed list until an admin screen for units exists; ids are stable and appear in tokens.
 */
export const units = [
  { id: 'east', zh: '华东事业部', en: 'East China Division' },
  { id: 'north', zh: '华北事业部', en: 'North China Division' },
  { id: 'south', zh: '华南事业部', en: 'South China Division' },
] as const;
export type UnitId = (typeof units)[number]['id'];
export const unitIds = units.map((u) => u.id) as [UnitId, ...UnitId[]];
