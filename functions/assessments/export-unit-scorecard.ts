import { assessmentsContracts } from '#shared/contracts/assessments.contract';
import { xlsxContentType } from '#shared/attachments';
import { downloadLink } from '#core/http/download-link';
import { http } from '#core/http/http';
import { buildScorecardWorkbook } from '#core/xlsx/scorecard-workbook';
import { unitAssessmentDeps } from './unit-deps';
import { unitKind } from './unit-kind';
import { getScorecard } from './use-cases/assessment-engine';

const deps = unitAssessmentDeps();
const kind = unitKind(deps);

/** The scorecard as an .xlsx, the rows the page shows, with who exported it and when. */
export const handler = http(
  'GET /assessments/units/{unitId}/{quarter}/export',
  async ({ params, principal }) => {
    const view = await getScorecard(kind, params.unitId, params.quarter, principal);
    const data = await buildScorecardWorkbook(view, principal.name, deps.now().toISOString());
    return downloadLink({ data, contentType: xlsxContentType, fileName: `业务单位考核表-${view.scorecard.subject}-${view.scorecard.quarter}.xlsx` }, principal);
  },
  assessmentsContracts,
);
