package fr.suresnes.contactcenter.it.core;

import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;

/**
 * A micro-deployment of the business core as built: the ejb-module archive itself (entities, persistence.xml,
 * migrations, boundaries), its libraries (Flyway, Lucene, libphonenumber, ICU4J), and the test classes, secured by
 * the contact-center domain like the EAR.
 */
final class CoreDeployment {

    private CoreDeployment() {
    }

    /** the libraries ejb-module brings into the EAR, found on the test class path by their Maven group */
    private static final List<String> LIBRARY_GROUPS = List.of("/org/flywaydb/", "/org/apache/lucene/",
            "/com/googlecode/libphonenumber/", "/com/ibm/icu/");

    static WebArchive of(String name, Class<?>... testClasses) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(archiveOf(Conversations.class, "ejb-module.jar"))
                .addAsLibraries(libraries())
                .addClasses(testClasses)
                .addClasses(InTransaction.class, Identities.class)
                .addAsWebInfResource("META-INF/jboss-ejb3.xml", "jboss-ejb3.xml")
                .addAsWebInfResource(new StringAsset("<jboss-web><security-domain>contact-center</security-domain></jboss-web>"),
                        "jboss-web.xml")
                .addAsWebInfResource(new StringAsset("<beans bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .setManifest(new StringAsset(
                        "Manifest-Version: 1.0\nDependencies: org.jboss.vfs, org.wildfly.security.elytron, jdk.unsupported\n"));
    }

    private static File[] libraries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .filter(entry -> LIBRARY_GROUPS.stream().anyMatch(group -> entry.replace('\\', '/').contains(group)))
                .map(File::new)
                .toArray(File[]::new);
    }

    private static Archive<?> archiveOf(Class<?> member, String name) {
        File location;
        try {
            location = new File(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (location.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(location).as(JavaArchive.class);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    }
}
