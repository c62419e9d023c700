import { archiveVisibility, type ArchiveVisibility } from './archive-access';
import { confidentialSectionsPresent } from './archive-sections';
import { customerColumns } from './imports/columns';
import { customerKindLabels } from './imports/labels';
import { maskContact } from './masking';
import { formatFen } from './money';
import type { Role } from './roles';
import type { Customer, Tier } from './schemas/customer.schema';
import { shanghaiWallClock } from './shanghai-time';
import { tierLabels } from './tier-labels';
import { unitNames, type UnitLabel } from './units';

/** The most rows one export answers with; a larger list is narrowed by its filter first. */
export const exportMaxRows = 20_000;

/**
 * What an export shows of one customer (R2: exports honour scope and masking). Simpler than the detail
 * page on purpose: without a stated purpose an export carries no confidential section of any customer
 * (contacts, credit, licence, attachments); with one, each row follows the detail page's rules, so
 * contacts' phones and emails stay masked for roles without a need.
 */
export function exportVisibility(
  customer: { tier: Tier; ownerId: string },
  reader: { id: string; role: Role },
  purpose?: string,
): ArchiveVisibility {
  if (purpose?.trim()) return archiveVisibility(customer, reader, purpose);
  return { shown: ['basic'], maskedSections: confidentialSectionsPresent(customer), contactDetailsMasked: false };
}

export interface ExportColumn {
  key: string;
  'zh-CN': string;
  en: string;
  width: number;
  /** Shown only with a purpose: the archive section the column belongs to. */
  section?: 'contacts' | 'credit';
}

const label = (key: (typeof customerColumns)[number]['key']) => {
  const c = customerColumns.find((col) => col.key === key)!;
  return { 'zh-CN': c['zh-CN'], en: c.en, width: c.width };
};

/**
 * The export's columns: the import template's, under the same headings (an export can be corrected and
 * imported back with "update"), plus what the system keeps (id, tier, annual amount, verification).
 */
export const exportColumns: readonly ExportColumn[] = [
  { key: 'id', 'zh-CN': '客户编号', en: 'Customer ID', width: 28 },
  { key: 'name', ...label('name') },
  { key: 'creditCode', ...label('creditCode') },
  { key: 'kind', ...label('kind') },
  { key: 'tier', 'zh-CN': '客户级别', en: 'Tier', width: 10 },
  { key: 'annualAmount', 'zh-CN': '年交易额（元）', en: 'Annual amount (yuan)', width: 16 },
  { key: 'creditRating', ...label('creditRating'), section: 'credit' },
  { key: 'unitId', ...label('unitId') },
  { key: 'ownerId', ...label('ownerId') },
  { key: 'contactName', ...label('contactName'), section: 'contacts' },
  { key: 'contactTitle', ...label('contactTitle'), section: 'contacts' },
  { key: 'contactPhone', ...label('contactPhone'), section: 'contacts' },
  { key: 'contactEmail', ...label('contactEmail'), section: 'contacts' },
  { key: 'notes', ...label('notes') },
  { key: 'legalRepresentative', ...label('legalRepresentative') },
  { key: 'registeredAddress', ...label('registeredAddress') },
  { key: 'region', ...label('region') },
  { key: 'lastVerifiedAt', 'zh-CN': '最后核实时间', en: 'Last verified', width: 20 },
  { key: 'updatedAt', 'zh-CN': '更新时间', en: 'Updated', width: 20 },
];

/** The columns of an export with or without a purpose: confidential ones only with one. */
export function exportColumnsFor(purpose?: string): readonly ExportColumn[] {
  return purpose?.trim() ? exportColumns : exportColumns.filter((c) => !c.section);
}

const shanghai = (iso: string | undefined) => (iso ? shanghaiWallClock(iso) : '');

/** One customer as an export row, by column key, under the visibility decided for it. */
export function exportRow(customer: Customer, visibility: ArchiveVisibility, units: readonly UnitLabel[]): Record<string, string> {
  const shows = (section: 'contacts' | 'credit') => visibility.shown.includes(section);
  const primary = customer.contacts.find((c) => c.primary) ?? customer.contacts[0];
  const contact = primary && shows('contacts') ? (visibility.contactDetailsMasked ? maskContact(primary) : primary) : undefined;
  return {
    id: customer.id,
    name: customer.name,
    creditCode: customer.creditCode,
    kind: customerKindLabels[customer.kind]['zh-CN'],
    tier: tierLabels[customer.tier]['zh-CN'],
    annualAmount: formatFen(customer.annualAmountFen),
    creditRating: shows('credit') ? customer.creditRating : '',
    unitId: unitNames(units, customer.unitId).zh,
    ownerId: customer.ownerId,
    contactName: contact?.name ?? '',
    contactTitle: contact?.title ?? '',
    contactPhone: contact?.phone ?? '',
    contactEmail: contact?.email ?? '',
    notes: customer.notes,
    legalRepresentative: customer.legalRepresentative ?? '',
    registeredAddress: customer.registeredAddress ?? '',
    region: customer.region ?? '',
    lastVerifiedAt: shanghai(customer.lastVerifiedAt),
    updatedAt: shanghai(customer.updatedAt),
  };
}
