package vn.danvan.workflow.unit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Closing a unit from a day, optionally naming the unit that takes over its work. */
record UnitClosing(
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
    @Size(max = 64) String successorId) {
}
