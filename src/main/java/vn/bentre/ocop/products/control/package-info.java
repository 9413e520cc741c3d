/** Products' logic without a transaction of its own: indicator arithmetic, slugs, photo checks, demo data. */
package vn.bentre.ocop.products.control;
