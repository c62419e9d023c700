/** What the import page says about the kind of file (issue 4: historic orders besides customers). */
export const importsZhCN = {
  importKind: {
    label: '文件内容',
    customers: '客户档案',
    orders: '历史订单',
    ordersTitle: '从 Excel 导入历史订单',
    ordersHint: '每行是一个订单事件（付款、退款或取消），按订单系统推送时的同样规则计入客户的月度交易额；同一订单事件只计一次，导入后客户的等级随即重新计算。',
    ordersTemplateFileName: '历史订单导入模板.xlsx',
    ordersDuplicates: '已计入或与前面的行重复 {n} 行',
    ordersDuplicatesNote: '已计入过的订单事件不会再次计入。',
    unmatchedNote: '有 {n} 行的客户未能识别，订单已保留，等待销售部匹配客户。',
    toUnmatched: '查看待匹配订单',
    kindLabel: '内容',
  },
};
