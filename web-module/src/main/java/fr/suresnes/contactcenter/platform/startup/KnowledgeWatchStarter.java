package fr.suresnes.contactcenter.platform.startup;

import fr.suresnes.contactcenter.knowledge.importing.KnowledgeImports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Starts watching the knowledge folders once the web module, deployed last, is up. */
@ApplicationScoped
public class KnowledgeWatchStarter {

    @Inject
    KnowledgeImports imports;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object webModuleStarted) {
        imports.startWatching();
    }
}
