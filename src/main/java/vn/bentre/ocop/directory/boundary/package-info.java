/** The directory's transactional entry points. */
package vn.bentre.ocop.directory.boundary;
