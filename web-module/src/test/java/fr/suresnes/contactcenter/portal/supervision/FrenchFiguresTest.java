package fr.suresnes.contactcenter.portal.supervision;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class FrenchFiguresTest {

    @Test
    void durationsReadAsAPersonSaysThem() {
        assertEquals("45 s", FrenchFigures.duration(Duration.ofSeconds(45)));
        assertEquals("1 s", FrenchFigures.duration(Duration.ofMillis(500)), "rounded to the nearest second");
        assertEquals("3 min 05 s", FrenchFigures.duration(Duration.ofSeconds(185)));
        assertEquals("2 h 03 min", FrenchFigures.duration(Duration.ofMinutes(123)));
        assertEquals("—", FrenchFigures.duration(null));
    }

    @Test
    void sharesArePercentagesWithADecimalComma() {
        assertEquals("33,3 %", FrenchFigures.percent(1.0 / 3));
        assertEquals("100,0 %", FrenchFigures.percent(1.0));
        assertEquals("—", FrenchFigures.percent(null));
    }

    @Test
    void momentsAreParisTime() {
        assertEquals("01/07/2026 12:30", FrenchFigures.moment(Instant.parse("2026-07-01T10:30:00Z")));
        assertEquals("01/01/2026 11:30", FrenchFigures.moment(Instant.parse("2026-01-01T10:30:00Z")));
    }


    @Test
    void secondsForSpreadsheets() {
        assertEquals(185L, FrenchFigures.seconds(Duration.ofMillis(184_600)));
        assertNull(FrenchFigures.seconds(null));
    }
}
