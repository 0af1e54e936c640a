/**
 * The minimum data set of a referral [001 Referral Information], as the intake screen marks it:
 * each item given or still missing. The server requires only what a referral cannot be stored
 * without (who to contact and how, the child, the date of birth, the reason); the rest may follow,
 * and the screen says clearly what is still to be asked.
 */
export type MinimumDataValues = {
  source: string;
  contactName: string;
  preferredContact: string;
  phone: string;
  email: string;
  address: string;
  accessibilityAsked: boolean;
  childName: string;
  dateOfBirth: string;
  educationSetting: string;
  needsOverview: string;
  reasonForReferral: string;
  currentStage: string;
  howHeard: string;
  ethnicity: string;
};

export type MinimumDataItem = { key: string; label: string; given: boolean; required: boolean; field: string };

const filled = (s: string) => s.trim().length > 0;

export function minimumData(v: MinimumDataValues): MinimumDataItem[] {
  const contactDetail =
    v.preferredContact === "EMAIL"
      ? filled(v.email)
      : v.preferredContact === "LETTER"
        ? filled(v.address)
        : v.preferredContact
          ? filled(v.phone)
          : false;
  return [
    { key: "source", label: "Referral source", given: filled(v.source), required: true, field: "intake-source" },
    {
      key: "contactName",
      label: "Name of parent, carer or young person",
      given: filled(v.contactName),
      required: true,
      field: "intake-contact-name",
    },
    {
      key: "contact",
      label: "Contact details and preferred method",
      given: contactDetail,
      required: true,
      field: "intake-preferred-contact",
    },
    {
      key: "accessibility",
      label: "Accessibility needs asked",
      given: v.accessibilityAsked,
      required: false,
      field: "intake-accessibility",
    },
    { key: "childName", label: "Child or young person's name", given: filled(v.childName), required: true, field: "intake-child-name" },
    { key: "dateOfBirth", label: "Date of birth", given: filled(v.dateOfBirth), required: true, field: "intake-dob" },
    { key: "educationSetting", label: "Education setting", given: filled(v.educationSetting), required: false, field: "intake-setting" },
    {
      key: "needsOverview",
      label: "Overview of needs, with any diagnosis",
      given: filled(v.needsOverview),
      required: false,
      field: "intake-needs",
    },
    { key: "reason", label: "Reason for referral", given: filled(v.reasonForReferral), required: true, field: "intake-reason" },
    { key: "currentStage", label: "Current stage", given: filled(v.currentStage), required: false, field: "intake-stage" },
    { key: "howHeard", label: "How they heard of us", given: filled(v.howHeard), required: false, field: "intake-how-heard" },
    { key: "ethnicity", label: "Ethnicity", given: filled(v.ethnicity), required: false, field: "intake-ethnicity" },
  ];
}
