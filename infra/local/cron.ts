/**
 * Turns an EventBridge cron body (minute hour day-of-month month day-of-week year) into croner's
 * five-field pattern. EventBridge numbers weekdays 1–7 from Sunday, croner 0–6; '?' means "any".
 */
export function eventBridgeToCroner(expression: string): string {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 6) throw new Error(`EventBridge cron needs 6 fields, got "${expression}"`);
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields as [string, string, string, string, string];
  const any = (f: string) => (f === '?' ? '*' : f);
  const weekday = any(dayOfWeek).replace(/\d+/g, (d) => String((Number(d) - 1 + 7) % 7));
  return [minute, hour, any(dayOfMonth), month, weekday].join(' ');
}
