/** Directory logic without its own transaction: the demo directory. */
package vn.bentre.ocop.directory.control;
