package fr.suresnes.contactcenter.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The throughput baseline's client: fetches the same static file of the server again and again. */
final class StaticResourceReader implements SimulatedClient {

    private final HttpRequest request;

    StaticResourceReader(URI resource) {
        this.request = HttpRequest.newBuilder(resource).timeout(WebhookCitizen.REQUEST_TIMEOUT).GET().build();
    }

    @Override
    public HttpRequest nextRequest() {
        return request;
    }

    @Override
    public void read(HttpResponse<String> response) {
        // nothing to read: the body was received whole
    }
}
