package fr.suresnes.contactcenter.portal.history;

import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.history.boundary.CitizenHistory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Finding a citizen's history by phone number, e-mail address or name. */
@Named
@RequestScoped
public class CitizensBacking {

    @Inject
    CitizenHistory history;

    private String query = "";
    private List<Citizen> found = List.of();
    private boolean searched;

    public void search() {
        found = history.search(query);
        searched = !query.isBlank();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }

    public List<Citizen> getFound() {
        return found;
    }

    public boolean isSearched() {
        return searched;
    }
}
