import * as z from 'zod';
import {
  confidentialSections,
  confidentialSectionsPresent,
  type ArchiveSection,
  type ConfidentialSection,
} from './archive-sections';
import type { Role } from './roles';
import type { Tier } from './schemas/customer.schema';
import { lazySchema } from './lazy-schema';

/**
 * Who may see what of a customer archive (R2, 第十三条〔四〕). Pure: the API applies it to every
 * response carrying a customer, the SPA uses it to know when to ask for a purpose.
 */

/** The reason a reader gives before a VIP or key customer's confidential sections are shown. */
export const purposeSchema = lazySchema(() => z.string().trim().min(2).max(200));

/** VIP and key customers' confidential sections are shown only once the reader states a purpose (R2). */
export function purposeRequired(customer: { tier: Tier }): boolean {
  return customer.tier === 'vip' || customer.tier === 'key';
}

/**
 * Roles whose work needs a contact's phone and email: Sales (which keeps the customer relationship)
 * and the business units (which serve their own customers). Leadership, the General Office, Finance
 * and the system administrator read archives for oversight, complaints, money or maintenance, and
 * reach the customer through the owner — they see phones and emails masked.
 */
export const rolesWithContactNeed = ['sales-head', 'sales', 'unit-head', 'unit-staff'] as const satisfies readonly Role[];

/** Whether a reader sees contacts' phones and emails in full. The customer's own salesperson always does. */
export function seesContactDetails(reader: { id: string; role: Role }, customer: { ownerId: string }): boolean {
  return (rolesWithContactNeed as readonly Role[]).includes(reader.role) || reader.id === customer.ownerId;
}

export interface ArchiveVisibility {
  /** Sections shown in this response. */
  shown: ArchiveSection[];
  /** Confidential sections withheld until a purpose is given. */
  maskedSections: ConfidentialSection[];
  /** True when contacts are shown with phone and email masked. */
  contactDetailsMasked: boolean;
}

/**
 * What one reader sees of one record: every confidential section the record has is withheld for a VIP
 * or key customer until a purpose is stated; contacts' phones and emails are masked for roles without
 * a need, purpose or not.
 */
export function archiveVisibility(
  record: { tier: Tier; ownerId: string },
  reader: { id: string; role: Role },
  purpose?: string,
): ArchiveVisibility {
  const present = confidentialSectionsPresent(record);
  const maskedSections = purposeRequired(record) && !purpose?.trim() ? present : [];
  const shown: ArchiveSection[] = ['basic', ...present.filter((s) => !maskedSections.includes(s))];
  return {
    shown,
    maskedSections,
    contactDetailsMasked: shown.includes('contacts') && !seesContactDetails(reader, record),
  };
}

/**
 * The same rules for a record's change history, which may hold sections the record no longer has
 * (a removed attachment): every confidential section is withheld without a purpose, not only present ones.
 */
export function historyVisibility(
  record: { tier: Tier; ownerId: string },
  reader: { id: string; role: Role },
  purpose?: string,
): ArchiveVisibility {
  const withheld = purposeRequired(record) && !purpose?.trim();
  return {
    shown: withheld ? ['basic'] : ['basic', ...confidentialSections],
    maskedSections: withheld ? [...confidentialSections] : [],
    contactDetailsMasked: !withheld && !seesContactDetails(reader, record),
  };
}
