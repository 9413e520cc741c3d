/** Records' logic without a transaction of its own: grouping a record by year, writing transcripts and exports. */
package vn.bentre.ocop.records.control;
