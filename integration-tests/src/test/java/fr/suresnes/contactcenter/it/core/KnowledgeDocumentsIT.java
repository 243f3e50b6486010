package fr.suresnes.contactcenter.it.core;

import fr.suresnes.contactcenter.knowledge.boundary.ImportOutcome;
import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument;
import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeDocuments;
import fr.suresnes.contactcenter.knowledge.entity.DocumentStatus;
import fr.suresnes.contactcenter.knowledge.entity.DocumentVersion;
import fr.suresnes.contactcenter.knowledge.entity.KnowledgeDocument;
import fr.suresnes.contactcenter.knowledge.entity.Passage;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/** The knowledge base's source of truth: idempotent imports, versions kept, retired documents never answered from. */
@ExtendWith(ArquillianExtension.class)
class KnowledgeDocumentsIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.of("knowledge", KnowledgeDocumentsIT.class);
    }

    @Inject
    KnowledgeDocuments cut;

    @Inject
    InTransaction tx;

    private final String sourceId = "it/" + UUID.randomUUID() + "/decision-Dec2023-037.txt";

    @Test
    void theSameContentTwiceIsOneVersion() {
        assertEquals(ImportOutcome.IMPORTED, cut.record(decision("hash-1", "Article 1er", "solliciter une subvention")));
        assertEquals(ImportOutcome.UNCHANGED, cut.record(decision("hash-1", "Article 1er", "solliciter une subvention")));

        assertEquals(1, versionsOf(sourceId).size());
    }

    @Test
    void changedContentIsANewVersionAndOnlyTheNewestIsAnswerable() {
        cut.record(decision("hash-1", "Article 1er", "ancienne rédaction"));
        assertEquals(ImportOutcome.UPDATED, cut.record(decision("hash-2", "Article 1er", "nouvelle rédaction")));

        List<DocumentVersion> versions = versionsOf(sourceId);
        assertEquals(List.of(2, 1), versions.stream().map(DocumentVersion::getNumber).toList());
        List<String> answerable = answerableContentsOf(sourceId);
        assertEquals(List.of("nouvelle rédaction", "Le Directeur Général des Services est chargé de l'application."), answerable);
    }

    @Test
    void aVersionKeepsItsMetadataAndPassagesInOrderWithTheirSections() {
        cut.record(decision("hash-1", "Article 1er", "solliciter une subvention"));

        DocumentVersion version = versionsOf(sourceId).get(0);
        List<Passage> passages = tx.call(em -> em.createNamedQuery(Passage.FIND_BY_VERSION, Passage.class)
                .setParameter("versionId", version.getId()).getResultList());

        assertEquals(Map.of("act.kind", "décision", "act.number", "Dec2023-037", "act.date", "2023-12-19"), version.getMetadata());
        assertEquals("text/plain", version.getMediaType());
        assertEquals(List.of("Article 1er", "Article 3"), passages.stream().map(Passage::getSectionPath).toList());
        assertEquals(List.of(0, 1), passages.stream().map(Passage::getOrdinal).toList());
    }

    @Test
    void aRetiredDocumentIsKeptButNoLongerAnswerableUntilItComesBack() throws Exception {
        cut.record(decision("hash-1", "Article 1er", "solliciter une subvention"));

        assertThrows(EJBAccessException.class, () -> Identities.as("agent1", () -> cut.retire(sourceId, "agent1")));
        assertTrue(Identities.as("admin", () -> cut.retire(sourceId, "admin")));
        assertFalse(Identities.as("admin", () -> cut.retire(sourceId, "admin")), "retiring twice changes nothing");
        assertEquals(DocumentStatus.RETIRED, cut.find(sourceId).orElseThrow().getStatus());
        assertTrue(answerableContentsOf(sourceId).isEmpty());

        assertEquals(ImportOutcome.UPDATED, cut.record(decision("hash-1", "Article 1er", "solliciter une subvention")));
        assertEquals(DocumentStatus.ACTIVE, cut.find(sourceId).orElseThrow().getStatus());
        assertEquals(2, answerableContentsOf(sourceId).size());
    }

    private ImportedDocument decision(String hash, String section, String text) {
        return new ImportedDocument(sourceId, null, "Décision n° Dec2023-037", null, hash, "text/plain", "fr", 4242,
                Map.of("act.kind", "décision", "act.number", "Dec2023-037", "act.date", "2023-12-19"),
                List.of(new ImportedPassage(section, null, text),
                        new ImportedPassage("Article 3", null, "Le Directeur Général des Services est chargé de l'application.")));
    }

    private List<DocumentVersion> versionsOf(String sourceId) {
        return tx.call(em -> {
            KnowledgeDocument document = em.createNamedQuery(KnowledgeDocument.FIND_BY_SOURCE_ID, KnowledgeDocument.class)
                    .setParameter("sourceId", sourceId).getSingleResult();
            List<DocumentVersion> versions = em.createNamedQuery(DocumentVersion.FIND_BY_DOCUMENT, DocumentVersion.class)
                    .setParameter("documentId", document.getId()).getResultList();
            versions.forEach(v -> v.getMetadata().size());
            return versions;
        });
    }

    private List<String> answerableContentsOf(String sourceId) {
        return cut.answerablePassages().stream()
                .filter(p -> tx.call(em -> em.find(Passage.class, p.getId()).getDocumentVersion().getDocument().getSourceId())
                        .equals(sourceId))
                .map(Passage::getContent)
                .toList();
    }
}
