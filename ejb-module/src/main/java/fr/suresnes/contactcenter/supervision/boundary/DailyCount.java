package fr.suresnes.contactcenter.supervision.boundary;

import java.time.LocalDate;

/** The conversations opened on one day of the period, and how many of them were handed over to a person. */
public record DailyCount(LocalDate day, long opened, long handedOver) {
}
