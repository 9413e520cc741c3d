/** Training's transactional entry points: the public course catalogue and the demo loader's start-up. */
package vn.bentre.ocop.training.boundary;
