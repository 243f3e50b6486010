package fr.suresnes.contactcenter.hours;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class WeeklyScheduleTest {

    private static final String CITY_HALL = "MON-FRI=08:30-12:00,13:30-17:30;SAT=09:00-12:00";
    /** a Friday */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    private final WeeklySchedule schedule = WeeklySchedule.parse(CITY_HALL, Set.of(LocalDate.of(2026, 12, 25)));

    @Test
    void openInsideTheSlotsClosedAtLunchTheEveningAndOnSunday() {
        assertTrue(schedule.isOpen(FRIDAY.atTime(8, 30)));
        assertTrue(schedule.isOpen(FRIDAY.atTime(11, 59)));
        assertFalse(schedule.isOpen(FRIDAY.atTime(12, 0)), "the end of a slot is closed");
        assertFalse(schedule.isOpen(FRIDAY.atTime(12, 45)));
        assertFalse(schedule.isOpen(FRIDAY.atTime(18, 0)));
        assertTrue(schedule.isOpen(FRIDAY.plusDays(1).atTime(10, 0)), "Saturday morning");
        assertFalse(schedule.isOpen(FRIDAY.plusDays(1).atTime(14, 0)), "Saturday afternoon");
        assertFalse(schedule.isOpen(FRIDAY.plusDays(2).atTime(10, 0)), "Sunday");
    }

    @Test
    void aClosedDayIsClosedAllDayAndSkippedByTheNextOpening() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        assertFalse(schedule.isOpen(christmas.atTime(10, 0)));
        assertEquals(Optional.of(LocalDateTime.of(2026, 12, 26, 9, 0)),
                schedule.nextOpening(LocalDateTime.of(2026, 12, 24, 18, 0)));
    }

    @Test
    void theNextOpeningIsAfterLunchTheNextMorningOrMonday() {
        assertEquals(Optional.of(FRIDAY.atTime(13, 30)), schedule.nextOpening(FRIDAY.atTime(12, 10)));
        assertEquals(Optional.of(FRIDAY.plusDays(1).atTime(9, 0)), schedule.nextOpening(FRIDAY.atTime(20, 0)));
        assertEquals(Optional.of(FRIDAY.plusDays(3).atTime(8, 30)), schedule.nextOpening(FRIDAY.plusDays(1).atTime(12, 0)));
    }

    @Test
    void slotsThatFollowEachOtherAcrossMidnightAreOneOpening() {
        WeeklySchedule always = WeeklySchedule.parse("MON-SUN=00:00-24:00", Set.of());
        assertTrue(always.isOpen(FRIDAY.atTime(23, 59)));
        assertTrue(always.isOpen(FRIDAY.plusDays(1).atTime(0, 0)));
        assertEquals(Optional.empty(), always.nextOpening(FRIDAY.atTime(10, 0)), "never closed, never opens");
    }

    @Test
    void aScheduleWithoutAnyDayNeverOpens() {
        WeeklySchedule never = WeeklySchedule.parse("", Set.of());
        assertFalse(never.isOpen(FRIDAY.atTime(10, 0)));
        assertEquals(Optional.empty(), never.nextOpening(FRIDAY.atTime(10, 0)));
    }

    @Test
    void whatCannotBeReadIsNamed() {
        assertEquals("« LUN » is not a day: use MON, TUE, WED, THU, FRI, SAT, SUN",
                assertThrows(IllegalArgumentException.class, () -> WeeklySchedule.parse("LUN=08:00-12:00", Set.of()))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WeeklySchedule.parse("MON=12:00-08:00", Set.of())).getMessage().contains("before the start"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WeeklySchedule.parse("MON=8h-12h", Set.of())).getMessage().contains("not a time"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WeeklySchedule.parse("MON-FRI=08:00-12:00;FRI=14:00-16:00", Set.of())).getMessage()
                .contains("given twice"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> WeeklySchedule.parse("MON=08:00-12:00,11:00-13:00", Set.of())).getMessage().contains("overlap"));
    }
}
