/**
 * Every message the API or a form shows, in both languages, keyed by a stable code.
 * Error bodies carry the code, so the SPA and the order system's engineers can rely on it;
 * the message follows the caller's Accept-Language (zh-CN unless English is asked for).
 */
export type Lang = 'zh-CN' | 'en';

export const messages = {
  // errors by kind
  unauthorized: { 'zh-CN': '未登录或登录已过期，请重新登录。', en: 'Not signed in or the session has expired. Please sign in again.' },
  forbidden: { 'zh-CN': '您的角色无权执行此操作。', en: 'Your role is not allowed to do this.' },
  not_found: { 'zh-CN': '未找到该记录，或您无权查看。', en: 'Not found, or you are not allowed to see it.' },
  route_not_found: { 'zh-CN': '接口不存在。', en: 'No such endpoint.' },
  validation_failed: { 'zh-CN': '提交的数据有误，请检查标出的字段。', en: 'The request has errors; see the fields named.' },
  invalid_json: { 'zh-CN': '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  precondition_required: { 'zh-CN': '修改时必须提供 If-Match 版本号，请刷新后重试。', en: 'An If-Match header with the version is required; reload and retry.' },
  precondition_failed: { 'zh-CN': '该记录已被他人修改，请刷新后再编辑。', en: 'Someone else changed this record; reload it and edit again.' },
  conflict: { 'zh-CN': '与现有数据冲突。', en: 'This conflicts with existing data.' },
  invalid_cursor: { 'zh-CN': '分页游标无效，请从第一页重新查询。', en: 'The page cursor is not valid; start again from the first page.' },
  payload_too_large: { 'zh-CN': '请求体过大。', en: 'The request body is too large.' },
  internal: { 'zh-CN': '系统内部错误，请稍后重试或联系管理员。', en: 'Internal error; try again later or contact the administrator.' },
  credit_code_taken: { 'zh-CN': '统一社会信用代码已被客户“{name}”使用。', en: 'This credit code already belongs to customer “{name}”.' },
  // field messages
  'field.readOnly': { 'zh-CN': '该字段由系统维护，不能提交。', en: 'This field is maintained by the system and cannot be set.' },
  'patch.empty': { 'zh-CN': '没有要修改的字段。', en: 'Nothing to change: send at least one field.' },
  'field.unknown': { 'zh-CN': '不认识的字段。', en: 'Unknown field.' },
  'creditCode.invalid': { 'zh-CN': '统一社会信用代码无效（应为 18 位且校验位正确）。', en: 'Not a valid unified social credit code (18 characters with a correct check character).' },
  'phone.invalid': { 'zh-CN': '请输入有效的手机号（如 13812345678）或座机号（如 010-12345678）。', en: 'Enter a mainland mobile (e.g. 13812345678) or landline (e.g. 010-12345678).' },
  'email.invalid': { 'zh-CN': '邮箱格式不正确。', en: 'Not a valid email address.' },
  'contacts.onePrimary': { 'zh-CN': '联系人中最多只能有一位主要联系人。', en: 'At most one contact can be the primary one.' },
  'unit.required': { 'zh-CN': '请选择所属业务单位。', en: 'Choose the owning business unit.' },
  'unit.notYours': { 'zh-CN': '只能为本业务单位建立或调整客户。', en: 'You can only assign customers to your own business unit.' },
  'owner.notInUnit': { 'zh-CN': '该业务员不属于此业务单位。', en: 'This salesperson does not belong to that business unit.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageCode = keyof typeof messages;

export function isMessageCode(value: string): value is MessageCode {
  return Object.hasOwn(messages, value);
}

export function translate(code: MessageCode, lang: Lang, params: Record<string, string> = {}): string {
  return messages[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);
}

/** Picks the language from an Accept-Language header: English only when it is preferred over Chinese. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
