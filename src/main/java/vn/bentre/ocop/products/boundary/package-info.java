/** Products' entry points: admin services, the public catalogue and programme page services, open data REST. */
package vn.bentre.ocop.products.boundary;
