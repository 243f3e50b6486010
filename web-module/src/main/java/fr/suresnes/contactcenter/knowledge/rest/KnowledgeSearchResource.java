package fr.suresnes.contactcenter.knowledge.rest;

import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeSearch;
import fr.suresnes.contactcenter.knowledge.search.SearchHit;
import fr.suresnes.contactcenter.knowledge.search.SearchResults;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("knowledge/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge base")
public class KnowledgeSearchResource {

    @Inject
    KnowledgeSearch search;

    @GET
    @Operation(summary = "search the knowledge base in French; best first, one hit per document unless perDocument=false")
    public SearchResponse search(@QueryParam("q") @NotBlank(message = "la recherche est vide")
                                 @Size(max = 500, message = "la recherche dépasse 500 caractères") String query,
                                 @QueryParam("limit") @DefaultValue("10") @Min(value = 1, message = "au moins 1")
                                 @Max(value = 50, message = "au plus 50") int limit,
                                 @QueryParam("perDocument") @DefaultValue("true") boolean perDocument) {
        SearchResults results = search.search(query, limit, perDocument);
        return new SearchResponse(query, results.hits().stream().map(Hit::of).toList(), results.total());
    }

    public record SearchResponse(String query, List<Hit> hits, long total) {
    }

    public record Hit(long documentId, String sourceId, String title, String url, String section, Integer page,
                      String excerpt, float score) {

        static Hit of(SearchHit hit) {
            return new Hit(hit.documentId(), hit.sourceId(), hit.title(), hit.url(), hit.section(), hit.page(),
                    hit.excerpt(), hit.score());
        }
    }
}
