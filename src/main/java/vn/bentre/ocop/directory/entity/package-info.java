/** Directory entities: administrative units and organisations. */
package vn.bentre.ocop.directory.entity;
