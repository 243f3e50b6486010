package fr.suresnes.contactcenter.portal.supervision;

import fr.suresnes.contactcenter.supervision.boundary.DurationSummary;
import fr.suresnes.contactcenter.supervision.boundary.InvalidPeriodException;
import fr.suresnes.contactcenter.supervision.boundary.LiveFigures;
import fr.suresnes.contactcenter.supervision.boundary.PeriodFigures;
import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;
import fr.suresnes.contactcenter.supervision.boundary.Supervision;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The supervisor dashboard: the live figures, refreshed by the page's poll, and the figures of the period in the
 * page's parameters {@code du} and {@code au} (AAAA-MM-JJ; the last seven days without them).
 */
@Named
@ViewScoped
public class SupervisionBacking implements Serializable {

    @Inject
    transient Supervision supervision;

    private String du;
    private String au;
    private transient PeriodFigures period;
    private transient LiveFigures live;

    /** the page's view action, once its parameters are read */
    public void load() {
        try {
            ReportingPeriod chosen = ReportingPeriod.parse(du, au, LocalDate.now(ReportingPeriod.CITY_ZONE),
                    ReportingPeriod.CITY_ZONE);
            du = chosen.first().toString();
            au = chosen.last().toString();
            period = supervision.period(chosen);
        } catch (InvalidPeriodException refused) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    /** the poll's listener: the live figures of this request, then of each poll */
    public void refreshLive() {
        live = supervision.live();
    }

    public LiveFigures getLive() {
        if (live == null) {
            refreshLive();
        }
        return live;
    }

    public List<LabelledTimes> getTimes() {
        return List.of(new LabelledTimes("Première réponse d'un conseiller (depuis l'entrée en file)", period.firstResponse()),
                new LabelledTimes("Traitement (de la prise en charge à la clôture)", period.handling()));
    }

    public String duration(Duration duration) {
        return FrenchFigures.duration(duration);
    }

    public String percent(Double share) {
        return FrenchFigures.percent(share);
    }

    public String moment(Instant instant) {
        return FrenchFigures.moment(instant);
    }

    public PeriodFigures getPeriod() {
        return period;
    }

    public String getOutcomesChart() {
        return DashboardCharts.outcomes(period);
    }

    public String getChannelsChart() {
        return DashboardCharts.byChannel(period);
    }

    public String getQueuesChart() {
        return DashboardCharts.byQueue(period);
    }

    public String getDaysChart() {
        return DashboardCharts.byDay(period);
    }

    public String getExportLink() {
        return "export.csv?du=" + URLEncoder.encode(du, StandardCharsets.UTF_8) + "&au="
                + URLEncoder.encode(au, StandardCharsets.UTF_8);
    }

    public String getDu() {
        return du;
    }

    public void setDu(String du) {
        this.du = du;
    }

    public String getAu() {
        return au;
    }

    public void setAu(String au) {
        this.au = au;
    }

    public record LabelledTimes(String label, DurationSummary summary) {
    }
}
