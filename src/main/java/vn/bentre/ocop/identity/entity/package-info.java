/** Identity entities: accounts and roles. */
package vn.bentre.ocop.identity.entity;
