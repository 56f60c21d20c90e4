import { addMonths } from './dates';

/** When a page must be checked again: its own review-by date, or last checked + the interval. */
export function reviewByDate(page: { lastChecked: Date; review: { reviewBy?: Date | undefined } }, intervalMonths: number): Date {
  return page.review.reviewBy ?? addMonths(page.lastChecked, intervalMonths);
}

export function isOverdue(reviewBy: Date, today: Date): boolean {
  return reviewBy.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
}
