/** Platform logic without its own transaction boundary: migrations, configuration, clock, security set-up. */
package vn.bentre.ocop.platform.control;
