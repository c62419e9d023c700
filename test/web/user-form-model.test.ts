import { describe, expect, it } from 'vitest';
import { userFieldErrors, type UserFormValue } from '../../web/src/views/users/user-form-model';

const blank: UserFormValue = { username: '', name: '', email: '', mobile: '', role: '', unitId: '', wecomUserId: '', dingtalkUserId: '' };
const valid: UserFormValue = { ...blank, username: 'zhang.san', name: '张三', email: 'zhang@example.cn', mobile: '13812345678', role: 'unit-staff', unitId: 'east' };

describe('the person form, each filled-in field checked as the API checks it (blur and save)', () => {
  it('says nothing of blank fields: which are required is the form’s to say', () => {
    expect(userFieldErrors(blank, true, true, 'zh-CN')).toEqual({});
    expect(userFieldErrors(blank, false, false, 'en')).toEqual({});
  });

  it('names a badly formed email and mobile in the UI language, and passes good ones', () => {
    expect(userFieldErrors(valid, true, true, 'zh-CN')).toEqual({});
    const wrong = { ...valid, email: 'zhang@', mobile: '12345' };
    expect(userFieldErrors(wrong, true, true, 'zh-CN')).toEqual({ email: '邮箱格式不正确。', mobile: expect.stringContaining('请输入有效的手机号') });
    expect(userFieldErrors(wrong, false, true, 'en')).toEqual({ email: 'Not a valid email address.', mobile: expect.stringContaining('Enter a mainland mobile') });
  });

  it('checks a new person’s username, and an edited person’s app user ids', () => {
    expect(Object.keys(userFieldErrors({ ...valid, username: 'zhang san' }, true, true, 'zh-CN'))).toEqual(['username']);
    // A username is not edited: whatever the box holds is not sent, so not checked.
    expect(userFieldErrors({ ...valid, username: 'zhang san' }, false, true, 'zh-CN')).toEqual({});
    expect(Object.keys(userFieldErrors({ ...valid, wecomUserId: '张三', dingtalkUserId: 'ok_id' }, false, true, 'en'))).toEqual(['wecomUserId']);
  });

  it('checks the unit only where the role takes one', () => {
    const longUnit = { ...valid, unitId: 'x'.repeat(65) };
    expect(Object.keys(userFieldErrors(longUnit, true, true, 'zh-CN'))).toEqual(['unitId']);
    expect(userFieldErrors(longUnit, true, false, 'zh-CN')).toEqual({});
  });
});
