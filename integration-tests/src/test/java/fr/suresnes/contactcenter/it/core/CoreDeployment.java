package fr.suresnes.contactcenter.it.core;

import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLDatabaseType;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * A micro-deployment of the business core as built: the ejb-module archive itself (entities, persistence.xml,
 * migrations, boundaries), Flyway, and the test classes, secured by the contact-center domain like the EAR.
 */
final class CoreDeployment {

    private CoreDeployment() {
    }

    static WebArchive of(String name, Class<?>... testClasses) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(archiveOf(Conversations.class, "ejb-module.jar"),
                        archiveOf(Flyway.class, "flyway-core.jar"),
                        archiveOf(PostgreSQLDatabaseType.class, "flyway-database-postgresql.jar"))
                .addClasses(testClasses)
                .addClasses(InTransaction.class, Identities.class)
                .addAsWebInfResource("META-INF/jboss-ejb3.xml", "jboss-ejb3.xml")
                .addAsWebInfResource(new StringAsset("<jboss-web><security-domain>contact-center</security-domain></jboss-web>"),
                        "jboss-web.xml")
                .addAsWebInfResource(new StringAsset("<beans bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.jboss.vfs, org.wildfly.security.elytron\n"));
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
