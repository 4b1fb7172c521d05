/** Who may run an exclusive job now: a lease in the database, timed by the database's clock. */
export interface JobLeases {
  /** Takes the job's lease for `ttlMs` unless another instance holds a live one; true when this instance has it. */
  claim(name: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease back early (after a run), so any instance may take the next run. */
  release(name: string): Promise<void>;
}
