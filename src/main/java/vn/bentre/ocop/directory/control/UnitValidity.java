package vn.bentre.ocop.directory.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import vn.bentre.ocop.directory.entity.AdminUnit;

/**
 * Which unit a record belongs to on a given day. A record keeps the unit it was made with (a commune that existed
 * before the 2025 reorganisation stays that commune in the record); reports that group by today's units follow
 * the chain of successors until a unit valid on the day. A unit abolished without a successor (a district) has no
 * unit today.
 */
public final class UnitValidity {

    private UnitValidity() {}

    /** The unit that stands for {@code recorded} on {@code day}, following successors; empty if there is none. */
    public static Optional<AdminUnit> unitOn(AdminUnit recorded, LocalDate day) {
        var seen = new HashSet<AdminUnit>();
        AdminUnit unit = recorded;
        while (unit != null && seen.add(unit)) {
            if (unit.isValidOn(day)) {
                return Optional.of(unit);
            }
            if (unit.getValidFrom().isAfter(day)) {
                // The day lies before the unit existed: the record's unit is what it was made with.
                return Optional.empty();
            }
            unit = unit.getSuccessor().orElse(null);
        }
        return Optional.empty();
    }

    /** Whether a new record made on {@code day} may name this unit (it must exist that day). */
    public static boolean acceptsNewRecordsOn(AdminUnit unit, LocalDate day) {
        return unit.isValidOn(day);
    }
}
