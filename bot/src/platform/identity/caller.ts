/** What an edge knows about who is speaking; `lookupEmail` is asked only when the object id does not match. */
export interface Caller {
  /** The Entra tenant the caller signed in to (`tid`, or the Teams activity's tenant). */
  tenantId?: string;
  /** The immutable Entra object id (`oid`): the one claim that identifies a person. */
  aadObjectId?: string;
  email?: string;
  lookupEmail?: () => Promise<string | undefined>;
}
