/** How each funding request status reads to people (as the bot says it). */
export const statusLabels: Record<string, string> = {
  submitted: 'Submitted',
  onAgenda: 'On the agenda',
  approved: 'Approved',
  declined: 'Declined',
  deferred: 'Deferred',
  signposted: 'Signposted',
  withdrawn: 'Withdrawn',
  revoked: 'Approval revoked',
};

/** What a request is for, in words. */
export const typeLabels: Record<string, string> = {
  individual: 'One pupil',
  group: 'A group',
  wholeSchool: 'Whole school',
};
