import { translate, type Lang } from '#shared/messages';
import type { CustomerWriteWarning } from '#shared/schemas/customer-similar.schema';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { findSimilarCustomers } from './find-similar-customers';

/**
 * The warnings a new customer's name earns (R2: near-duplicate names are shown on create). Only a
 * warning: the customer is created all the same, since only the credit code is unique by rule, and the
 * same name may well be a different company. Looked up in the creator's scope before the write.
 */
export async function nameWarnings(
  deps: Pick<CustomerDeps, 'finder' | 'units' | 'archiveSettings' | 'now'>,
  name: string,
  principal: Principal,
  lang: Lang,
): Promise<CustomerWriteWarning[]> {
  const similar = await findSimilarCustomers(deps, name, principal);
  if (!similar.length) return [];
  const names = similar.map((s) => `“${s.name}”`).join(lang === 'en' ? ', ' : '、');
  return [{ code: 'similar_names', message: translate('similar_names', lang, { names }), customers: similar }];
}
