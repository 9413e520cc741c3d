/** Content logic without its own transaction: slugs, HTML sanitizing, demo publications. */
package vn.bentre.ocop.content.control;
