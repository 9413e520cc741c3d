/**
 * Capacity-building records: what each person has learnt (courses completed on the portal and training recorded
 * by an administrator from elsewhere), their transcript, and the programme's training reports. Reads training,
 * directory and identity; owns only the records of training done outside the portal.
 */
package vn.bentre.ocop.records;
