package fr.suresnes.contactcenter.it.browser;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Another site of the city, on a loopback port of its own (so another origin than the application's): one static
 * page embedding the widget by its script tag. The test server allows this origin (it.browser.host-site in the
 * integration-tests POM).
 */
final class HostSite implements AutoCloseable {

    private final URI origin = URI.create(System.getProperty("it.browser.host-site"));
    private final HttpServer server;

    HostSite(URI widget) throws IOException {
        byte[] page;
        try (InputStream template = HostSite.class.getResourceAsStream("/browser/host-page.html")) {
            page = new String(template.readAllBytes(), StandardCharsets.UTF_8).replace("WIDGET_URL", widget.toString())
                    .getBytes(StandardCharsets.UTF_8);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(origin.getHost()), origin.getPort()), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
    }

    URI page() {
        return origin.resolve("/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
