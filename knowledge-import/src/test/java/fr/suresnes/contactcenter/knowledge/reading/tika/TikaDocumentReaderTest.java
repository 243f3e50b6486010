package fr.suresnes.contactcenter.knowledge.reading.tika;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.extraction.BoundedParsing;
import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TikaDocumentReaderTest {

    static final BoundedParsing bounded = new BoundedParsing(1_000_000, 200_000, Duration.ofSeconds(10));
    static final TikaDocumentReader reader = new TikaDocumentReader(bounded);

    @AfterAll
    static void close() {
        bounded.close();
    }

    static String sectionOf(ReadDocument document, String words) {
        return document.passages().stream().filter(p -> p.content().contains(words)).map(ImportedPassage::sectionPath)
                .findFirst().orElseThrow(() -> new AssertionError("no passage with " + words));
    }

    @Test
    void followsTheHeadingsOfAnHtmlPage(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("etat-civil.html"), """
                <html><head><title>État civil à Suresnes</title></head><body>
                <h1>Démarches d'état civil</h1>
                <p>Le service état civil vous accueille à l'hôtel de ville.</p>
                <h2>Acte de naissance</h2>
                <p>La demande se fait en ligne ou au guichet.</p>
                <ul><li>Pièce d'identité</li><li>Livret de famille</li></ul>
                <h2>Mariage</h2>
                <h3>Publication des bans</h3>
                <p>Les bans sont affichés dix jours avant la cérémonie.</p>
                <h2>Décès</h2>
                <p>La déclaration se fait dans les 24 heures.</p>
                </body></html>""", StandardCharsets.UTF_8);

        ReadDocument document = reader.read(page, "site/etat-civil.html");

        assertEquals("État civil à Suresnes", document.title());
        assertTrue(document.mediaType().startsWith("text/html"));
        assertEquals("Démarches d'état civil", sectionOf(document, "hôtel de ville"));
        assertEquals("Démarches d'état civil > Acte de naissance", sectionOf(document, "en ligne ou au guichet"));
        assertEquals("Démarches d'état civil > Acte de naissance", sectionOf(document, "Livret de famille"));
        assertEquals("Démarches d'état civil > Mariage > Publication des bans", sectionOf(document, "dix jours"));
        assertEquals("Démarches d'état civil > Décès", sectionOf(document, "24 heures"), "a new h2 closes the h3 above");
        assertTrue(document.passages().stream().allMatch(p -> p.page() == null));
        assertEquals("fr", document.language());
    }

    @Test
    void readsTheBodyOfAnEmailAndTheTextOfItsAttachment(@TempDir Path dir) throws Exception {
        Path mail = Files.writeString(dir.resolve("question.eml"), """
                From: Jeanne Martin <jeanne.martin@example.org>
                To: contact@suresnes.fr
                Subject: Horaires du service urbanisme
                Date: Mon, 4 Mar 2024 10:00:00 +0100
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="SEPARATION"

                --SEPARATION
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Bonjour, quels sont les horaires du service urbanisme ?

                --SEPARATION
                Content-Type: text/plain; charset=UTF-8; name="horaires.txt"
                Content-Disposition: attachment; filename="horaires.txt"
                Content-Transfer-Encoding: 8bit

                Le service urbanisme reçoit du lundi au vendredi de 8 h 30 à 12 h.

                --SEPARATION--
                """.replace("\n", "\r\n"), StandardCharsets.UTF_8);

        ReadDocument document = reader.read(mail, "courriels/question.eml");

        assertEquals("message/rfc822", document.mediaType());
        assertEquals("Horaires du service urbanisme", document.title());
        assertEquals("", sectionOf(document, "quels sont les horaires"));
        assertEquals("Pièce jointe : horaires.txt", sectionOf(document, "du lundi au vendredi"));
        assertFalse(document.passages().stream().anyMatch(p -> p.sectionPath().isEmpty() && p.content().contains("lundi au vendredi")),
                "the attachment's text is not mixed with the body");
    }

    @Test
    void tellsThatAScannedPdfNeedsOcr(@TempDir Path dir) throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(scan.toFile());
        }

        ExtractionFailedException refused = assertThrows(ExtractionFailedException.class, () -> reader.read(scan, "scan.pdf"));

        assertEquals(OcrSupport.available() ? "aucun texte lisible (document vide, protégé ou sans texte)"
                : "aucun texte lisible (document scanné sans OCR)", refused.getMessage());
    }

    @Test
    void refusesAProgramDisguisedAsAPdf(@TempDir Path dir) throws IOException {
        byte[] program = new byte[512];
        program[0] = 0x7F;
        program[1] = 'E';
        program[2] = 'L';
        program[3] = 'F';
        program[4] = 2;
        program[5] = 1;
        program[6] = 1;
        Path disguised = Files.write(dir.resolve("rapport.pdf"), program);

        ExtractionFailedException refused = assertThrows(ExtractionFailedException.class, () -> reader.read(disguised, "rapport.pdf"));

        assertTrue(refused.getMessage().startsWith("format sans texte à importer"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("l'extension du fichier annonce application/pdf mais le contenu n'en est pas"),
                refused.getMessage());
    }

    @Test
    void keepsTheBeginningOfATextBeyondTheLengthLimitWithAWarning(@TempDir Path dir) throws Exception {
        Path longText = Files.writeString(dir.resolve("long.txt"), "Une phrase de compte rendu.\n\n".repeat(10_000));

        ReadDocument document = reader.read(longText, "long.txt");

        assertEquals(List.of("texte tronqué : seuls les 200000 premiers caractères ont été lus"), document.warnings());
        assertTrue(document.passages().size() > 100);
    }
}
