import { formatFen, type Fen } from '#shared/money';

/** Amounts are shown in yuan with a ¥ sign; the API and store keep integer fen. */
export function formatYuan(fen: Fen | undefined): string {
  return fen === undefined ? '' : `¥${formatFen(fen)}`;
}

const shanghai = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Dates are shown in Asia/Shanghai whatever the browser's zone (POLICY.md), as `2026-03-07 08:00`
 * in both languages: short, sortable and read the same way by everyone.
 */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = Object.fromEntries(shanghai.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
