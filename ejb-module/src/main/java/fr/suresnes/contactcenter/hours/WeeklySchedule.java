package fr.suresnes.contactcenter.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When the center's advisors are there, week after week, except on the closed days: written
 * {@code MON-FRI=08:30-12:00,13:30-17:30;SAT=09:00-12:00}, a day or a range of days, then the slots of those days.
 * {@code 24:00} ends a slot at midnight.
 */
public final class WeeklySchedule {

    private static final List<String> DAY_CODES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    /** the longest a search for the next opening looks ahead, beyond any run of closed days a city has */
    private static final int LOOK_AHEAD_DAYS = 60;

    private final Map<DayOfWeek, List<Slot>> slots;
    private final Set<LocalDate> closedDays;

    /** A stretch of one day; {@code end} is exclusive, and {@code null} when it runs to midnight. */
    public record Slot(LocalTime start, LocalTime end) {

        boolean contains(LocalTime time) {
            return !time.isBefore(start) && (end == null || time.isBefore(end));
        }
    }

    private WeeklySchedule(Map<DayOfWeek, List<Slot>> slots, Set<LocalDate> closedDays) {
        this.slots = slots;
        this.closedDays = Set.copyOf(closedDays);
    }

    /**
     * @throws IllegalArgumentException naming the part that is not understood
     */
    public static WeeklySchedule parse(String text, Set<LocalDate> closedDays) {
        Map<DayOfWeek, List<Slot>> slots = new EnumMap<>(DayOfWeek.class);
        for (String part : text.strip().split("\\s*;\\s*")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] daysAndSlots = part.split("=", 2);
            if (daysAndSlots.length != 2) {
                throw new IllegalArgumentException("« " + part + " »: expected DAYS=HH:MM-HH:MM[,HH:MM-HH:MM]");
            }
            List<Slot> ofTheseDays = slotsOf(daysAndSlots[1]);
            for (DayOfWeek day : daysOf(daysAndSlots[0])) {
                if (slots.containsKey(day)) {
                    throw new IllegalArgumentException("« " + part + " »: " + day + " is given twice");
                }
                slots.put(day, ofTheseDays);
            }
        }
        return new WeeklySchedule(slots, closedDays);
    }

    public boolean isOpen(LocalDateTime time) {
        return !closedDays.contains(time.toLocalDate())
                && slots.getOrDefault(time.getDayOfWeek(), List.of()).stream().anyMatch(s -> s.contains(time.toLocalTime()));
    }

    /** The next moment the center opens after this one, if it ever does within two months. */
    public Optional<LocalDateTime> nextOpening(LocalDateTime after) {
        for (int offset = 0; offset <= LOOK_AHEAD_DAYS; offset++) {
            LocalDate day = after.toLocalDate().plusDays(offset);
            if (closedDays.contains(day)) {
                continue;
            }
            Optional<LocalDateTime> opening = slots.getOrDefault(day.getDayOfWeek(), List.of()).stream()
                    .map(slot -> day.atTime(slot.start()))
                    .filter(start -> start.isAfter(after) && !isOpen(start.minusMinutes(1)))
                    .findFirst();
            if (opening.isPresent()) {
                return opening;
            }
        }
        return Optional.empty();
    }

    /** The opening days in week order with their slots, for the French description. */
    public Map<DayOfWeek, List<Slot>> slots() {
        return new EnumMap<>(slots);
    }

    private static List<DayOfWeek> daysOf(String text) {
        String[] bounds = text.strip().toUpperCase(Locale.ROOT).split("-");
        int first = dayIndex(bounds[0]);
        int last = bounds.length == 2 ? dayIndex(bounds[1]) : first;
        if (bounds.length > 2 || last < first) {
            throw new IllegalArgumentException("« " + text + " »: expected a day (MON) or a range of days (MON-FRI)");
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (int index = first; index <= last; index++) {
            days.add(DayOfWeek.of(index + 1));
        }
        return days;
    }

    private static int dayIndex(String code) {
        int index = DAY_CODES.indexOf(code.strip());
        if (index < 0) {
            throw new IllegalArgumentException("« " + code + " » is not a day: use " + String.join(", ", DAY_CODES));
        }
        return index;
    }

    private static List<Slot> slotsOf(String text) {
        List<Slot> slots = new ArrayList<>();
        for (String range : text.split(",")) {
            String[] times = range.strip().split("-");
            if (times.length != 2) {
                throw new IllegalArgumentException("« " + range + " »: expected HH:MM-HH:MM");
            }
            LocalTime start = time(times[0]);
            LocalTime end = times[1].strip().equals("24:00") ? null : time(times[1]);
            if (end != null && !end.isAfter(start)) {
                throw new IllegalArgumentException("« " + range + " »: the end comes before the start");
            }
            if (!slots.isEmpty() && (slots.get(slots.size() - 1).end() == null
                    || start.isBefore(slots.get(slots.size() - 1).end()))) {
                throw new IllegalArgumentException("« " + text + " »: the slots must follow each other without overlap");
            }
            slots.add(new Slot(start, end));
        }
        return List.copyOf(slots);
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("« " + text.strip() + " » is not a time: expected HH:MM", e);
        }
    }
}
