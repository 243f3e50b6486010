package fr.suresnes.contactcenter.it.ear;

import jakarta.json.JsonObject;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** The managed WildFly the packaged EAR is deployed to: where it answers, its test accounts, its demo corpus. */
public final class TestServer {

    /** The password of every test account (src/test/server/configuration). */
    public static final String PASSWORD = "it-secret";

    private TestServer() {
    }

    /** The EAR the build packaged, as every over-HTTP and browser test deploys it. */
    public static EnterpriseArchive packagedEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")));
    }

    /** The application's root URL: the HTTP port moves with the management port's offset. */
    public static URI application(ManagementClient management) {
        return URI.create("http://" + management.getMgmtAddress() + ":" + (8080 + management.getMgmtPort() - 9990) + "/");
    }

    /** Waits until the demo corpus of the knowledge folder has been imported once, so that the bot can answer. */
    public static void awaitDemoCorpus(URI application) throws Exception {
        Http admin = new Http(application);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Http.object(admin.get("/api/knowledge/imports", "Authorization", Http.basic("admin", PASSWORD)))
                .getJsonArray("runs").getValuesAs(JsonObject.class).stream()
                .noneMatch(run -> run.getString("state").equals("COMPLETED"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the demo corpus was never imported");
            }
            Thread.sleep(500);
        }
    }
}
