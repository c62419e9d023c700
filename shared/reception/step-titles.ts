import type { Bilingual, StepKind } from '../schemas/visit.schema';

/** Each reception step's title. Apart from the standard (./standard.ts) so that a visit's actions do not load the whole tier × rank table. */
export const stepTitles: Record<StepKind, Bilingual> = {
  info: { 'zh-CN': '采集来访信息', en: 'Collect the visit information' },
  plan: { 'zh-CN': '拟订接待方案', en: 'Draft the reception plan' },
  approval: { 'zh-CN': '审批接待方案', en: 'Approve the reception plan' },
  lodging: { 'zh-CN': '代订住宿', en: 'Book lodging' },
  pickup: { 'zh-CN': '接送站', en: 'Meet and see off the guests' },
  vehicles: { 'zh-CN': '安排车辆', en: 'Arrange vehicles' },
  meeting: { 'zh-CN': '安排会谈', en: 'Arrange the meeting' },
  banquet: { 'zh-CN': '安排宴请', en: 'Arrange the banquet' },
  screen: { 'zh-CN': '电子屏欢迎标语', en: 'Welcome message on the electronic screen' },
  custom: { 'zh-CN': '自定步骤', en: 'Own step' },
};
