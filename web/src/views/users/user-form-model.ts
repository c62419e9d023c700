import type { Lang } from '#shared/messages';
import type { Role } from '#shared/roles';
import { lazySchema } from '#shared/lazy-schema';
import { userCreateSchema, userUpdateSchema } from '#shared/schemas/user.schema';
import { validate, type FieldErrors } from '#shared/validation';

/** The person form as typed: blanks are strings; `role` is '' until one is chosen. */
export interface UserFormValue {
  username: string;
  name: string;
  email: string;
  mobile: string;
  role: Role | '';
  unitId: string;
  wecomUserId: string;
  dingtalkUserId: string;
}

// Each field alone: a blank required field is the form's own "fill this in" message, not the schema's.
const newPersonSchema = lazySchema(() => userCreateSchema.partial());
const newPersonFields = ['username', 'name', 'email', 'mobile', 'role', 'unitId'] as const;
const personEditFields = ['name', 'email', 'mobile', 'role', 'unitId', 'wecomUserId', 'dingtalkUserId'] as const;

/**
 * What the API would say of each filled-in field on save (a username's characters, an email's or a
 * mobile's format, an app user id), in the UI language, with the schemas the API checks with. Blank
 * fields are left out: which are required is the form's to say. A unit is checked only where the role
 * takes one.
 */
export function userFieldErrors(form: UserFormValue, isNew: boolean, needsUnit: boolean, lang: Lang): FieldErrors {
  const fields = (isNew ? newPersonFields : personEditFields).filter((field) => form[field].trim() !== '' && (field !== 'unitId' || needsUnit));
  const filled = Object.fromEntries(fields.map((field) => [field, form[field]]));
  const checked = validate(isNew ? newPersonSchema : userUpdateSchema, filled, lang);
  if (checked.ok) return {};
  const { _: _wholeForm, ...byField } = checked.fields;
  return byField;
}
