package fr.suresnes.contactcenter.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One client of a load test: what it sends next, and what it reads in each response. Used by one thread only. */
interface SimulatedClient {

    HttpRequest nextRequest();

    /** Reads a response with status 200, e.g. to press the button it offers next. */
    void read(HttpResponse<String> response);
}
