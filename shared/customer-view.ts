import type { ArchiveVisibility } from './archive-access';
import { sectionFields, sectionOf, type ConfidentialSection } from './archive-sections';
import { maskContact } from './masking';
import type { Contact, Customer } from './schemas/customer.schema';
import type { FieldChange } from './schemas/customer-history.schema';

/**
 * A customer as the API returns it: the record with every withheld section's fields left out, and
 * `maskedSections` naming what was withheld so the SPA can ask for a purpose. Contacts' phones and
 * emails are masked when `contactDetailsMasked`.
 */
export type CustomerView = Omit<Customer, 'contacts' | 'creditRating'> &
  Partial<Pick<Customer, 'contacts' | 'creditRating'>> & {
    maskedSections: ConfidentialSection[];
    contactDetailsMasked: boolean;
  };

/** The customer list's item and the body of write responses: never any contacts, licence or tax details (R2). */
export type CustomerSummary = Omit<CustomerView, 'contacts' | 'businessLicence' | 'taxRegistration'>;

export function customerView(customer: Customer, visibility: ArchiveVisibility): CustomerView {
  const view: Record<string, unknown> = { ...customer };
  for (const section of visibility.maskedSections) for (const field of sectionFields[section]) delete view[field];
  if (visibility.contactDetailsMasked && customer.contacts && view.contacts) view.contacts = customer.contacts.map(maskContact);
  return {
    ...(view as Omit<CustomerView, 'maskedSections' | 'contactDetailsMasked'>),
    maskedSections: visibility.maskedSections,
    contactDetailsMasked: visibility.contactDetailsMasked,
  };
}

/** A page of the list: summaries, which never carry contacts (R2). */
export interface CustomerPage {
  items: CustomerSummary[];
  nextCursor: string | null;
}

/**
 * Lists and write responses are not a reading of the archive and leave no access-log entry, so they
 * carry no contacts, no licence or tax details, and, for VIP and key customers, none of the confidential
 * sections either.
 */
export function customerSummary(customer: Customer, visibilityWithoutPurpose: ArchiveVisibility): CustomerSummary {
  const { contacts: _contacts, businessLicence: _licence, taxRegistration: _tax, ...rest } = customerView(customer, visibilityWithoutPurpose);
  return { ...rest, contactDetailsMasked: false };
}

/** History shows before → after under the same rules as the record: withheld sections show only that they changed. */
export function historyChangesView(changes: FieldChange[], visibility: ArchiveVisibility): FieldChange[] {
  return changes.map((change) => {
    const section = sectionOf(change.field);
    if (section !== 'basic' && visibility.maskedSections.includes(section)) return { field: change.field, masked: true };
    if (section === 'contacts' && visibility.contactDetailsMasked) {
      const mask = (v: unknown) => (Array.isArray(v) ? (v as Contact[]).map(maskContact) : v);
      return { ...change, before: mask(change.before), after: mask(change.after) };
    }
    return change;
  });
}
