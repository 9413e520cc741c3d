/**
 * Training: courses and their sessions, and (in later work) enrolment, the waiting list, attendance, completion
 * and certificates.
 *
 * <p>Uses platform, identity (the trainer), directory and content. Anonymous readers see the catalogue of open
 * and upcoming courses; a draft course is visible to nobody but its authors.
 */
package vn.bentre.ocop.training;
