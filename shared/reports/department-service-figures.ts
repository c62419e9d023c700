import { contains, type Period } from '../revisits/periods';
import { shanghaiDate } from '../shanghai-time';
import { qualityRow, type QualityRequest, type QualityRow } from './service-quality';

/**
 * One department's customer-service figures over one quarter (第六条〔八〕: the General Office assesses every
 * department's service quality; R9): the requests it holds (or closed) that were received in the quarter,
 * measured as the service-quality report measures them (R8), plus the share it resolved.
 */
export interface DepartmentServiceFigures extends Omit<QualityRow, 'month'> {
  quarter: string;
  /** Closed of those received in the quarter; null when none was received. */
  resolutionRate: number | null;
}

/**
 * The figures of `department` for `quarter` from every request `requests` may hold (other departments' and
 * other quarters' are left out here, so a caller may pass a wider read). Open requests are judged past their
 * promised date as of `now`, as the R8 report judges them.
 */
export function departmentServiceFigures(requests: readonly QualityRequest[], department: string, quarter: Period, now: Date): DepartmentServiceFigures {
  const mine = requests.filter((r) => r.department === department && contains(quarter, r.createdAt));
  const { month: _month, ...row } = qualityRow(department, quarter.id, mine, shanghaiDate(now));
  return { ...row, quarter: quarter.id, resolutionRate: row.requests ? row.closed / row.requests : null };
}
