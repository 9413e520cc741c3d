/** Platform entities: the mail outbox. */
package vn.bentre.ocop.platform.entity;
