/** The header search box (issue 12), Simplified Chinese. */
export const searchZhCN = {
  search: {
    placeholder: '搜索客户、电话尾号、联系人、服务单号',
    label: '全局搜索（按 / 键聚焦）',
    groups: { customers: '客户', serviceRequests: '服务请求', visits: '客户接待' },
    nothing: '没有找到匹配的结果',
    failed: '搜索失败，请稍后再试',
    searching: '正在搜索…',
    hint: '↑↓ 选择，Enter 打开，Esc 关闭',
    arrival: '来访 {date}',
  },
};
