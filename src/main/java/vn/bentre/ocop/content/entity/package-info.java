/** Content entities: the content item, its type and its workflow status. */
package vn.bentre.ocop.content.entity;
