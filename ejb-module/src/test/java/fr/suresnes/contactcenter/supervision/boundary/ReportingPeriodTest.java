package fr.suresnes.contactcenter.supervision.boundary;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod.CITY_ZONE;
import static org.junit.jupiter.api.Assertions.*;

class ReportingPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @Test
    void withoutDatesItIsTheLastSevenDaysTodayIncluded() {
        ReportingPeriod period = ReportingPeriod.parse(null, " ", TODAY, CITY_ZONE);

        assertEquals(LocalDate.of(2026, 3, 25), period.first());
        assertEquals(TODAY, period.last());
        assertEquals(7, period.days());
    }

    @Test
    void itRunsFromMidnightToMidnightInParisAcrossTheChangeToSummerTime() {
        ReportingPeriod period = ReportingPeriod.parse("2026-03-28", "2026-03-29", TODAY, CITY_ZONE);

        assertEquals(Instant.parse("2026-03-27T23:00:00Z"), period.from(), "winter time, UTC+1");
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), period.to(), "summer time, UTC+2, the end excluded");
    }

    @Test
    void aSingleDayIsAPeriod() {
        ReportingPeriod day = ReportingPeriod.parse("2026-01-15", "2026-01-15", TODAY, CITY_ZONE);

        assertEquals(1, day.days());
        assertEquals(Instant.parse("2026-01-15T23:00:00Z"), day.to());
    }

    @Test
    void aMissingStartCountsSevenDaysBackFromTheEnd() {
        ReportingPeriod period = ReportingPeriod.parse("", "2026-02-10", TODAY, CITY_ZONE);

        assertEquals(LocalDate.of(2026, 2, 4), period.first());
    }

    @Test
    void anythingButADateIsRefusedInFrench() {
        InvalidPeriodException refused = assertThrows(InvalidPeriodException.class,
                () -> ReportingPeriod.parse("31/03/2026", "2026-03-31", TODAY, CITY_ZONE));

        assertEquals("La date de début « 31/03/2026 » n'est pas une date valide (attendu : AAAA-MM-JJ, par exemple"
                + " 2026-03-31).", refused.getMessage());
        assertTrue(assertThrows(InvalidPeriodException.class,
                () -> ReportingPeriod.parse("2026-03-01", "2026-02-30", TODAY, CITY_ZONE)).getMessage()
                .startsWith("La date de fin « 2026-02-30 »"));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        InvalidPeriodException refused = assertThrows(InvalidPeriodException.class,
                () -> ReportingPeriod.parse("2026-03-10", "2026-03-09", TODAY, CITY_ZONE));

        assertEquals("La date de fin (2026-03-09) précède la date de début (2026-03-10).", refused.getMessage());
    }

    @Test
    void aPeriodLongerThanAYearIsRefusedAndAYearIsNot() {
        assertEquals(366, ReportingPeriod.parse("2024-01-01", "2024-12-31", TODAY, CITY_ZONE).days());
        assertThrows(InvalidPeriodException.class,
                () -> ReportingPeriod.parse("2024-01-01", "2025-01-01", TODAY, CITY_ZONE));
    }

    @Test
    void aLongTypedValueIsCutInTheMessage() {
        String typed = "x".repeat(500);

        String message = assertThrows(InvalidPeriodException.class,
                () -> ReportingPeriod.parse(typed, null, TODAY, CITY_ZONE)).getMessage();

        assertTrue(message.contains("x".repeat(40) + "…"), message);
        assertFalse(message.contains("x".repeat(41)), message);
    }
}
