// Staff mark an input as reviewed (or back to new) so colleagues see what is left to read.
import type { Db } from '../../db/database.ts';
import type { ReviewStatus } from './inbox.ts';
import { setReviewStatus } from './review.repository.ts';

export async function markReviewed(db: Db, submissionId: string, status: ReviewStatus): Promise<boolean> {
  return setReviewStatus(db, submissionId, status);
}
