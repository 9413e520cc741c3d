/** Records' entry points: a person's record and transcript, training recorded from elsewhere, the reports. */
package vn.bentre.ocop.records.boundary;
