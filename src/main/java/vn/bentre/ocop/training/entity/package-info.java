/** Training entities: courses, their sessions, audiences and statuses. */
package vn.bentre.ocop.training.entity;
