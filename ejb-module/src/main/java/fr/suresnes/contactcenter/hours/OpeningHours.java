package fr.suresnes.contactcenter.hours;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contact center's opening hours, from configuration ({@code contactcenter.opening-hours}, its time zone and
 * closed days): whether an advisor can answer now, and what to tell a citizen who asks for one when none can.
 * A schedule that cannot be read stops the deployment with the reason.
 */
@ApplicationScoped
public class OpeningHours {

    @Inject
    @ConfigProperty(name = "contactcenter.opening-hours")
    String schedule;

    @Inject
    @ConfigProperty(name = "contactcenter.opening-hours.zone")
    String zone;

    @Inject
    @ConfigProperty(name = "contactcenter.closed-days")
    Optional<String> closedDays;

    private WeeklySchedule weekly;
    private Clock clock;

    @PostConstruct
    void read() {
        try {
            clock = Clock.system(ZoneId.of(zone));
            weekly = WeeklySchedule.parse(schedule, closedDays.map(OpeningHours::dates).orElse(Set.of()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("contactcenter.opening-hours: " + e.getMessage(), e);
        }
    }

    public boolean openNow() {
        return weekly.isOpen(LocalDateTime.now(clock));
    }

    /** When the center is open, as said to citizens: « du lundi au vendredi de 8 h 30 à 12 h, le samedi … ». */
    public String schedule() {
        return FrenchHours.describe(weekly);
    }

    /** When the center opens next, as said to citizens (« demain à 8 h 30 »), unless it never does. */
    public Optional<String> nextOpening() {
        LocalDateTime now = LocalDateTime.now(clock);
        return weekly.nextOpening(now).map(opening -> FrenchHours.moment(opening, now.toLocalDate()));
    }

    /** What a citizen who asks for a person is told while the center is closed. */
    public String closedNotice() {
        LocalDateTime now = LocalDateTime.now(clock);
        String reopening = weekly.nextOpening(now)
                .map(opening -> " Un conseiller reprendra votre demande dès la réouverture, "
                        + FrenchHours.moment(opening, now.toLocalDate()) + ".")
                .orElse(" Un conseiller reprendra votre demande dès la réouverture.");
        return "Nos conseillers ne sont pas disponibles en ce moment : le centre de contacts est ouvert "
                + FrenchHours.describe(weekly) + ". Laissez ici votre message et, si vous souhaitez être rappelé,"
                + " votre numéro de téléphone." + reopening;
    }

    private static Set<LocalDate> dates(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(date -> !date.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toSet());
    }
}
