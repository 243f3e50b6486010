package fr.suresnes.contactcenter.it.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;

/** A test class that deploys the packaged EAR and reaches it from outside the server: over HTTP, or in a browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PackagedEarClient {

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return TestServer.packagedEar();
    }

    @ArquillianResource
    protected ManagementClient management;

    /** the application's root URL on the test server */
    protected URI application() {
        return TestServer.application(management);
    }
}
