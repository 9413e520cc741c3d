package vn.bentre.ocop.training.boundary;

import java.time.LocalDateTime;
import vn.bentre.ocop.training.entity.CourseStatus;

/** A course in a trainer's list: its seats taken and its queue. */
public record CourseRow(
        long id,
        String code,
        String title,
        CourseStatus status,
        LocalDateTime firstStart,
        int capacity,
        long seated,
        long waiting,
        String trainer) {}
