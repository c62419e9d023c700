import type { FieldErrors } from '#shared/validation';
import { ElMessage } from 'element-plus';
import type { Ref } from 'vue';
import { ApiError } from '../api/api-error';

/**
 * Shows a failed API call: field errors beside the form's own fields, the message in a toast when no
 * shown field carries it. A 401 is handled once, globally (back to sign-in).
 */
export function showFailure(err: unknown, errors?: Ref<FieldErrors>, formFields: readonly string[] = []): void {
  if (!(err instanceof ApiError)) {
    ElMessage.error(String((err as Error)?.message ?? err));
    return;
  }
  if (err.status === 401) return;
  const fields = err.fields ?? {};
  const shown = Object.keys(fields).filter((p) => formFields.includes(p));
  if (errors) errors.value = Object.fromEntries(shown.map((p) => [p, fields[p]!]));
  const others = Object.entries(fields).filter(([p]) => !formFields.includes(p));
  if (shown.length === 0 || others.length > 0) ElMessage.error([err.message, ...others.map(([, m]) => m)].join(' '));
}
