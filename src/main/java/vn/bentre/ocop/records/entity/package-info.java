/** Records' own data: training completed outside the portal, as an administrator recorded it. */
package vn.bentre.ocop.records.entity;
