/** Training logic without its own transaction: the demo courses. */
package vn.bentre.ocop.training.control;
