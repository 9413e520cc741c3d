/**
 * OCOP products: products and their ratings (rating history, certificates valid 36 months), trade-promotion events
 * and their participants, the programme's targets and the indicators computed from these records. Uses platform and
 * directory only.
 */
package vn.bentre.ocop.products;
