package fr.suresnes.contactcenter.portal.supervision;

import fr.suresnes.contactcenter.supervision.boundary.InvalidPeriodException;
import fr.suresnes.contactcenter.supervision.boundary.PeriodFigures;
import fr.suresnes.contactcenter.supervision.boundary.ReportingPeriod;
import fr.suresnes.contactcenter.supervision.boundary.Supervision;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The dashboard's period figures as a CSV download: {@code ?du=AAAA-MM-JJ&au=AAAA-MM-JJ}, the last seven days
 * without them. Only supervisors and admins reach it (web.xml guards {@code /agent/supervision/*}, the boundary
 * checks again).
 */
@WebServlet("/agent/supervision/export.csv")
public class SupervisionExportServlet extends HttpServlet {

    @Inject
    Supervision supervision;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(request.getParameter("du"), request.getParameter("au"),
                    LocalDate.now(ReportingPeriod.CITY_ZONE), ReportingPeriod.CITY_ZONE);
        } catch (InvalidPeriodException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Export impossible : " + refused.getMessage() + "\n");
            return;
        }
        PeriodFigures figures = supervision.period(period);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"tableau-de-bord_" + period.first() + "_"
                + period.last() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        SupervisionCsv.write(figures, response.getWriter());
    }
}
