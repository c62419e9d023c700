import type { FieldErrors } from '#shared/validation';
import { ElMessage } from 'element-plus';
import { nextTick, type Ref } from 'vue';
import { ApiError } from '../../api/api-error';
import { isFormField } from './customer-form-model';

/** Brings the first field marked with an error into view. */
export async function scrollToFirstError(): Promise<void> {
  await nextTick();
  document.querySelector('.el-form-item.is-error')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/**
 * Shows a failed save: field errors next to the fields they name; the message in a toast when no
 * shown field carries it. 401 is handled globally (back to sign-in).
 */
export function showSaveError(err: unknown, errors: Ref<FieldErrors>): void {
  if (!(err instanceof ApiError)) {
    ElMessage.error(String((err as Error)?.message ?? err));
    return;
  }
  if (err.status === 401) return;
  const fields = err.fields ?? {};
  const shown = Object.keys(fields).filter(isFormField);
  errors.value = Object.fromEntries(shown.map((p) => [p, fields[p]!]));
  const others = Object.entries(fields).filter(([p]) => !isFormField(p));
  if (shown.length === 0 || others.length > 0) {
    ElMessage.error([err.message, ...others.map(([p, m]) => `${p}: ${m}`)].join(' '));
  }
  if (shown.length > 0) void scrollToFirstError();
}
