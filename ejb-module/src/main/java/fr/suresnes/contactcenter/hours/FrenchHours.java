package fr.suresnes.contactcenter.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Opening hours as a French notice writes them: « du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30,
 * le samedi de 9 h à 12 h », and a moment as « demain à 8 h 30 » or « lundi 7 décembre à 8 h 30 ».
 */
public final class FrenchHours {

    private FrenchHours() {
    }

    public static String describe(WeeklySchedule schedule) {
        List<String> parts = new ArrayList<>();
        List<Map.Entry<DayOfWeek, List<WeeklySchedule.Slot>>> days = new ArrayList<>(schedule.slots().entrySet());
        int index = 0;
        while (index < days.size()) {
            int last = index;
            while (last + 1 < days.size() && days.get(last + 1).getValue().equals(days.get(index).getValue())
                    && days.get(last + 1).getKey().getValue() == days.get(last).getKey().getValue() + 1) {
                last++;
            }
            String when = last == index ? "le " + dayName(days.get(index).getKey())
                    : "du " + dayName(days.get(index).getKey()) + " au " + dayName(days.get(last).getKey());
            parts.add(when + " " + slots(days.get(index).getValue()));
            index = last + 1;
        }
        return String.join(", ", parts);
    }

    public static String moment(LocalDateTime moment, LocalDate today) {
        String day;
        if (moment.toLocalDate().equals(today)) {
            day = "aujourd'hui";
        } else if (moment.toLocalDate().equals(today.plusDays(1))) {
            day = "demain";
        } else {
            day = dayName(moment.getDayOfWeek()) + " " + (moment.getDayOfMonth() == 1 ? "1er" : moment.getDayOfMonth())
                    + " " + moment.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE);
        }
        return day + " à " + time(moment.toLocalTime());
    }

    private static String slots(List<WeeklySchedule.Slot> slots) {
        return slots.stream().map(slot -> "de " + time(slot.start()) + " à " + (slot.end() == null ? "minuit" : time(slot.end())))
                .collect(Collectors.joining(" et "));
    }

    static String time(LocalTime time) {
        return time.getMinute() == 0 ? time.getHour() + " h" : time.getHour() + " h " + String.format("%02d", time.getMinute());
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRANCE);
    }
}
