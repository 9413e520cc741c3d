/**
 * Platform: what every business component stands on and nothing business-specific. The data source and
 * MicroProfile Config, schema migrations, the REST application and its exception mappers, web filters
 * (security headers, language), health checks, the clock.
 *
 * <p>Platform imports no other component of the portal; the others may import it.
 */
package vn.bentre.ocop.platform;
