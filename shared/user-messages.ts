/**
 * Messages of staff administration (用户管理, issue 11), in both languages. Kept apart from messages.ts
 * (which spreads them in), as file-messages.ts is.
 */
export const userMessages = {
  'user.appUserIdFormat': {
    'zh-CN': '须为企业微信或钉钉通讯录中的 userid：字母、数字及 _ - . @，最多 64 位。',
    en: 'The userid from the WeCom or DingTalk directory: letters, digits and _ - . @, at most 64.',
  },
  'user.usernameFormat': {
    'zh-CN': '用户名须为 2–64 位字母、数字、点、横线或下划线，以字母或数字开头。',
    en: 'A username is 2–64 letters, digits, dots, dashes or underscores, starting with a letter or digit.',
  },
  'user.taken': { 'zh-CN': '用户名已被使用（不区分大小写）。', en: 'This username is taken (ignoring case).' },
  'user.inPool': {
    'zh-CN': '用户池中已有此账号（在控制台创建），请在列表中“纳入名录”。',
    en: 'The user pool already has this account (made in the console); adopt it from the list instead.',
  },
  'user.notInPool': { 'zh-CN': '用户池中没有此账号。', en: 'The user pool has no such account.' },
  'user.alreadyInDirectory': { 'zh-CN': '此账号已在员工名录中。', en: 'This account is already in the staff directory.' },
  'user.unitRequired': { 'zh-CN': '业务单位的角色必须选择所属业务单位。', en: 'A business-unit role needs its unit.' },
  'user.unitRefused': { 'zh-CN': '只有业务单位的角色才属于业务单位。', en: 'Only business-unit roles belong to a unit.' },
  'user.unitUnknown': { 'zh-CN': '没有这个业务单位，或已撤销。', en: 'No such business unit, or it was retired.' },
  'user.roleUnknown': { 'zh-CN': '该账号不在任何角色组中，请选择角色。', en: 'This account is in no role group; choose its role.' },
  'user.self': { 'zh-CN': '不能修改自己的角色，也不能停用自己。', en: 'You cannot change your own role or disable yourself.' },
  'user.lastAdmin': {
    'zh-CN': '这是最后一位在用的系统管理员，不能停用或改为其他角色。',
    en: 'This is the last active administrator: they cannot be disabled or given another role.',
  },
  'user.pending': {
    'zh-CN': '此账号尚未创建完成，请重新提交“新建用户”以完成创建。',
    en: 'This account was not fully created; submit “New user” again to complete it.',
  },
  'user.notDisabled': { 'zh-CN': '此账号未停用。', en: 'This account is not disabled.' },
  'user.alreadyDisabled': { 'zh-CN': '此账号已停用。', en: 'This account is already disabled.' },
  account_disabled: { 'zh-CN': '您的账号已停用，请联系系统管理员。', en: 'Your account has been disabled; contact the administrator.' },
  account_unavailable: {
    'zh-CN': '账号服务暂时不可用，本次操作未生效，请稍后重试。',
    en: 'The account service is unavailable; nothing was changed. Try again shortly.',
  },
  'notice.userDisabled.title': { 'zh-CN': '{name} 的账号已停用', en: '{name}’s account was disabled' },
  'notice.userDisabled.body': {
    'zh-CN': '{by} 停用了 {name} 的账号。其名下尚有 {customers} 位客户、{revisits} 项回访任务、{requests} 个未结工单、{steps} 项接待任务，请安排转交。',
    en: '{by} disabled {name}’s account. They still hold {customers} customers, {revisits} revisit obligations, {requests} open service requests and {steps} reception steps; please arrange a handover.',
  },
} as const;
