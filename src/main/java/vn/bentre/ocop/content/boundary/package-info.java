/** Content's transactional entry points: what anonymous readers may read, and the demo loader's start-up. */
package vn.bentre.ocop.content.boundary;
