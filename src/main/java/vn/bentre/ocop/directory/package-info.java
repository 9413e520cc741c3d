/**
 * Directory: administrative units with their validity over time, and the organisations (cooperatives,
 * enterprises, household businesses, agencies, craft villages) that take part in the programme.
 *
 * <p>Uses platform and identity. A unit is never renamed in place: the 2025 reorganisation ended the validity of
 * the districts and of Bến Tre province, and records keep pointing at the unit they had when they were made.
 */
package vn.bentre.ocop.directory;
