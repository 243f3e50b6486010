package fr.suresnes.contactcenter.hours;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrenchHoursTest {

    @Test
    void consecutiveDaysWithTheSameSlotsAreOneRange() {
        assertEquals("du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30, le samedi de 9 h à 12 h",
                FrenchHours.describe(WeeklySchedule.parse("MON-FRI=08:30-12:00,13:30-17:30;SAT=09:00-12:00", Set.of())));
        assertEquals("du lundi au mardi de 9 h à 12 h, le jeudi de 9 h à 12 h, le dimanche de 0 h à minuit",
                FrenchHours.describe(WeeklySchedule.parse("MON-TUE=09:00-12:00;THU=09:00-12:00;SUN=00:00-24:00",
                        Set.of())));
    }

    @Test
    void aMomentIsTodayTomorrowOrADate() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertEquals("aujourd'hui à 13 h 30", FrenchHours.moment(friday.atTime(13, 30), friday));
        assertEquals("demain à 9 h", FrenchHours.moment(friday.plusDays(1).atTime(9, 0), friday));
        assertEquals("lundi 7 décembre à 8 h 30", FrenchHours.moment(friday.plusDays(3).atTime(8, 30), friday));
        assertEquals("vendredi 1er janvier à 8 h 30",
                FrenchHours.moment(LocalDateTime.of(2027, 1, 1, 8, 30), friday));
    }
}
