package fr.suresnes.contactcenter.knowledge.reading.act;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class MunicipalActMetadataTest {

    @Test
    void recognisesAnOrderWithItsSignatureDate() {
        String order = """
                VILLE DE SURESNES
                ARRÊTÉ MUNICIPAL N° 2024/AR-112
                Réglementation temporaire du stationnement rue de Verdun

                Le Maire de Suresnes,
                Vu le Code général des collectivités territoriales,
                ARRÊTE :
                ARTICLE 1 : Le stationnement est interdit.
                Fait à Suresnes, le 1er mars 2024
                """;

        MunicipalAct act = MunicipalActMetadata.detect(order).orElseThrow();

        assertEquals(Map.of("act.kind", "arrêté", "act.number", "2024/AR-112", "act.date", "2024-03-01"), act.metadata());
        assertEquals(LocalDate.of(2024, 3, 1), act.date());
        assertEquals("Arrêté n° 2024/AR-112 — Réglementation temporaire du stationnement rue de Verdun", act.title().orElseThrow());
    }

    @Test
    void leavesOrdinaryTextsAlone() {
        assertTrue(MunicipalActMetadata.detect("Horaires de la médiathèque\nOuverte du mardi au samedi.").isEmpty());
        assertTrue(MunicipalActMetadata.detect("Compte rendu : la délibération sera présentée en juin.").isEmpty(),
                "a word is not an act: no number and no operative part");
    }
}
