package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.supervision.boundary.DailyCount;
import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DailyTalliesTest {

    final ReportingPeriod period = new ReportingPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3),
            ReportingPeriod.CITY_ZONE);

    @Test
    void everyDayIsListedAndConversationsCountOnTheirParisDay() {
        DailyTallies tallies = new DailyTallies(period);
        tallies.add(Instant.parse("2026-05-31T22:30:00Z"), true);
        tallies.add(Instant.parse("2026-06-01T21:59:59Z"), false);
        tallies.add(Instant.parse("2026-06-03T21:00:00Z"), false);

        assertEquals(List.of(
                new DailyCount(LocalDate.of(2026, 6, 1), 2, 1),
                new DailyCount(LocalDate.of(2026, 6, 2), 0, 0),
                new DailyCount(LocalDate.of(2026, 6, 3), 1, 0)), tallies.days());
    }

    @Test
    void aConversationOutsideThePeriodIsAMistake() {
        DailyTallies tallies = new DailyTallies(period);

        assertThrows(IllegalArgumentException.class, () -> tallies.add(Instant.parse("2026-06-03T22:00:00Z"), false));
        assertThrows(IllegalArgumentException.class, () -> tallies.add(Instant.parse("2026-05-31T21:59:59Z"), false));
    }
}
