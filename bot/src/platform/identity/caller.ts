/** What an edge knows about who is speaking; `lookupEmail` is asked only when the object id does not match. */
export interface Caller {
  aadObjectId?: string;
  email?: string;
  lookupEmail?: () => Promise<string | undefined>;
}
