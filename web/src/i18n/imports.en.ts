import type { importsZhCN } from './imports.zh-CN';

/** What the import page says about the kind of file (issue 4: historic orders besides customers). */
export const importsEn: typeof importsZhCN = {
  importKind: {
    label: 'The file holds',
    customers: 'Customers',
    orders: 'Historic orders',
    ordersTitle: 'Import historic orders from Excel',
    ordersHint:
      'Each row is one order event (paid, refunded or cancelled), counted in the customer’s monthly totals by the same rules as the order system’s deliveries; an event counts once, and the customer is re-tiered straight after.',
    ordersTemplateFileName: 'historic-orders-import-template.xlsx',
    ordersDuplicates: '{n} already counted or repeating an earlier row',
    ordersDuplicatesNote: 'Order events already counted are not counted again.',
    unmatchedNote: 'The customer of {n} rows was not recognised: those orders are kept until Sales match them to a customer.',
    toUnmatched: 'Go to unmatched orders',
    kindLabel: 'Holds',
  },
};
