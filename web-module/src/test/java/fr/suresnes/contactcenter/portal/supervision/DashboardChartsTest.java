package fr.suresnes.contactcenter.portal.supervision;

import fr.suresnes.contactcenter.supervision.boundary.DailyCount;
import fr.suresnes.contactcenter.supervision.boundary.DurationSummary;
import fr.suresnes.contactcenter.supervision.boundary.PeriodFigures;
import fr.suresnes.contactcenter.supervision.boundary.RatingCounts;
import fr.suresnes.contactcenter.supervision.boundary.Tally;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DashboardChartsTest {

    final PeriodFigures figures = new PeriodFigures(SupervisionCsvTest.PERIOD, 5, 2, 2,
            List.of(new Tally("TELEPHONE", "Téléphone", 5)),
            List.of(new Tally("X", "</script><script>alert(1)</script>", 2)),
            List.of(new DailyCount(LocalDate.of(2026, 6, 1), 4, 2), new DailyCount(LocalDate.of(2026, 6, 2), 1, 0)),
            DurationSummary.of(List.of()), DurationSummary.of(List.of()), new RatingCounts(0, 0), List.of());

    static JsonObject parsed(String config) {
        return Json.createReader(new StringReader(config)).readObject();
    }

    @Test
    void theOutcomesAreOneSliceEach() {
        JsonObject config = parsed(DashboardCharts.outcomes(figures));

        assertEquals("doughnut", config.getString("type"));
        assertEquals("[2,2,1]", config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("data").toString());
    }

    @Test
    void theDaysAreALineOfOpenedAndOfHandedOver() {
        JsonObject data = parsed(DashboardCharts.byDay(figures)).getJsonObject("data");

        assertEquals("[\"01/06\",\"02/06\"]", data.getJsonArray("labels").toString());
        assertEquals("[4,1]", data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").toString());
        assertEquals("[2,0]", data.getJsonArray("datasets").getJsonObject(1).getJsonArray("data").toString());
    }

    @Test
    void aLabelCannotCloseTheScriptItIsWrittenIn() {
        String config = DashboardCharts.byQueue(figures);

        assertFalse(config.contains("</"), config);
        assertEquals("</script><script>alert(1)</script>",
                parsed(config).getJsonObject("data").getJsonArray("labels").getString(0));
    }
}
