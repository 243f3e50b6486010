package fr.suresnes.contactcenter.portal.supervision;

import fr.suresnes.contactcenter.supervision.boundary.DailyCount;
import fr.suresnes.contactcenter.supervision.boundary.PeriodFigures;
import fr.suresnes.contactcenter.supervision.boundary.Tally;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Chart.js configurations (the library PrimeFaces' {@code p:chart} bundles) for the period figures. Labels are data
 * (queue names an admin edits), so the JSON, written into a script by the component, never holds « &lt;/ ».
 */
final class DashboardCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final String BLUE = "#1f5fa8";
    private static final String ORANGE = "#c25400";
    private static final String GREY = "#767676";

    private DashboardCharts() {
    }

    static String outcomes(PeriodFigures figures) {
        return config("doughnut", labels("Assistant seul", "Transmises à un conseiller", "Sans message de l'usager"),
                Json.createArrayBuilder().add(dataset("Conversations", List.of(figures.botAlone(), figures.handedOver(),
                                figures.withoutCitizenMessage()))
                        .add("backgroundColor", Json.createArrayBuilder().add(BLUE).add(ORANGE).add(GREY))));
    }

    static String byChannel(PeriodFigures figures) {
        return tallies(figures.byChannel());
    }

    static String byQueue(PeriodFigures figures) {
        return tallies(figures.byQueue());
    }

    static String byDay(PeriodFigures figures) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        figures.byDay().forEach(day -> days.add(DAY.format(day.day())));
        return config("line", days, Json.createArrayBuilder()
                .add(dataset("Ouvertes", figures.byDay().stream().map(DailyCount::opened).toList())
                        .add("borderColor", BLUE).add("backgroundColor", BLUE))
                .add(dataset("Transmises à un conseiller", figures.byDay().stream().map(DailyCount::handedOver).toList())
                        .add("borderColor", ORANGE).add("backgroundColor", ORANGE)));
    }

    private static String tallies(List<Tally> tallies) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        tallies.forEach(tally -> labels.add(tally.label()));
        return config("bar", labels, Json.createArrayBuilder()
                .add(dataset("Conversations", tallies.stream().map(Tally::count).toList()).add("backgroundColor", BLUE)));
    }

    private static JsonArrayBuilder labels(String... labels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String label : labels) {
            array.add(label);
        }
        return array;
    }

    private static JsonObjectBuilder dataset(String label, List<Long> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder().add("label", label).add("data", data);
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        String json = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
        return json.replace("</", "<\\/");
    }
}
