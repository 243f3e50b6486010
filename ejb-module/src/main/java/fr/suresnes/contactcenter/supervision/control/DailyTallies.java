package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.supervision.boundary.DailyCount;
import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Conversations counted on the day, in the period's time zone, they were opened. */
class DailyTallies {

    private final ReportingPeriod period;
    private final long[] opened;
    private final long[] handedOver;

    DailyTallies(ReportingPeriod period) {
        this.period = period;
        this.opened = new long[(int) period.days()];
        this.handedOver = new long[opened.length];
    }

    void add(Instant openedAt, boolean wasHandedOver) {
        int day = (int) period.first().until(openedAt.atZone(period.zone()).toLocalDate(),
                ChronoUnit.DAYS);
        if (day < 0 || day >= opened.length) {
            throw new IllegalArgumentException(openedAt + " is outside " + period);
        }
        opened[day]++;
        if (wasHandedOver) {
            handedOver[day]++;
        }
    }

    List<DailyCount> days() {
        List<DailyCount> days = new ArrayList<>(opened.length);
        LocalDate day = period.first();
        for (int i = 0; i < opened.length; i++, day = day.plusDays(1)) {
            days.add(new DailyCount(day, opened[i], handedOver[i]));
        }
        return days;
    }
}
