/** Products' entities: product, rating, trade-promotion event and participation, programme target. */
package vn.bentre.ocop.products.entity;
