/** What an erasure did: the person, how many of their referrals, and when (the first erasure's time, if repeated). */
export interface ErasureResult {
  personId: string;
  referralsErased: number;
  erasedAt: Date;
}

/** Everything held about one person, as JSON and as a readable page. */
export interface SubjectAccessExport {
  json: string;
  html: string;
}
