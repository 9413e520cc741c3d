/** Platform entry points: web filters, the REST application and its exception mappers, health checks. */
package vn.bentre.ocop.platform.boundary;
