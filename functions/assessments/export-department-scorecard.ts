import { departmentAssessmentsContracts } from '#shared/contracts/department-assessments.contract';
import { xlsxContentType } from '#shared/attachments';
import { downloadLink } from '#core/http/download-link';
import { http } from '#core/http/http';
import { buildScorecardWorkbook } from '#core/xlsx/scorecard-workbook';
import { departmentAssessmentDeps } from './department-deps';
import { departmentKind } from './department-kind';
import { getScorecard } from './use-cases/assessment-engine';

const deps = departmentAssessmentDeps();
const kind = departmentKind(deps);

/** The scorecard as an .xlsx — figures, scores, the written evaluation and the history, as the page shows them. */
export const handler = http(
  'GET /assessments/departments/{department}/{quarter}/export',
  async ({ params, principal }) => {
    const view = await getScorecard(kind, params.department, params.quarter, principal);
    const data = await buildScorecardWorkbook(view, principal.name, deps.now().toISOString());
    const fileName = `部门服务考核表-${view.subjectName['zh-CN']}-${view.scorecard.quarter}.xlsx`;
    return downloadLink({ data, contentType: xlsxContentType, fileName }, principal);
  },
  departmentAssessmentsContracts,
);
