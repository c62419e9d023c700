/**
 * The sections of a customer archive as the detail page shows them, and the record fields each holds.
 * `basic` is everything not named here. The confidential sections (R2 "保密资料": contacts, credit,
 * licence and tax details, attachments) are what the purpose procedure and the access log are about.
 * A field added to the customer later (licence scans, tax registration) is confidential as soon as it
 * is listed here, and masked everywhere that uses these rules.
 */
export const confidentialSections = ['contacts', 'credit', 'licence', 'attachments'] as const;
export type ConfidentialSection = (typeof confidentialSections)[number];

export const archiveSections = ['basic', ...confidentialSections] as const;
export type ArchiveSection = (typeof archiveSections)[number];

export const sectionFields: Record<ConfidentialSection, readonly string[]> = {
  contacts: ['contacts'],
  credit: ['creditRating'],
  licence: ['businessLicence', 'taxRegistration'],
  attachments: ['attachments'],
};

/** The section a record field belongs to. */
export function sectionOf(field: string): ArchiveSection {
  return confidentialSections.find((s) => sectionFields[s].includes(field)) ?? 'basic';
}

/** The confidential sections a record actually has (a record without attachments has no attachments section). */
export function confidentialSectionsPresent(record: object): ConfidentialSection[] {
  const r = record as Record<string, unknown>;
  return confidentialSections.filter((s) => sectionFields[s].some((f) => r[f] !== undefined));
}
