import type { FieldErrors } from '#shared/validation';
import type { Ref } from 'vue';

/** What a form's check on save answers: the value, or a message per field path. */
export type FormCheck = { ok: true } | { ok: false; fields: FieldErrors };

/**
 * On leaving a field: that field's message from a check of the whole form, or none. Other fields keep
 * what they show, so a user is not told about boxes they have not reached yet.
 */
export function withFieldChecked(shown: FieldErrors, path: string, checked: FormCheck): FieldErrors {
  const next = { ...shown };
  const message = checked.ok ? undefined : checked.fields[path];
  if (message) next[path] = message;
  else delete next[path];
  return next;
}

/**
 * Fields validate on blur as well as on save (issue 13), with the check save runs (the form's zod
 * schema, in the UI language): bind `@blur="check('path')"` on inputs and `@change` too on selects and
 * pickers, whose value is set without typing.
 */
export function fieldChecker(errors: Ref<FieldErrors>, checkForm: () => FormCheck): (path: string) => void {
  return (path) => {
    errors.value = withFieldChecked(errors.value, path, checkForm());
  };
}
