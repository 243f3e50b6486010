package fr.suresnes.contactcenter.conversation.answer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseNamingTest {

    private static final List<String> AGES = List.of("Cas : Entre 0 et 12 ans", "Cas : Entre 12 et 13 ans", "Cas : À partir de 13 ans");
    private static final List<String> PASSPORTS = List.of("Cas : Vous avez un passeport valide",
            "Cas : Vous avez un passeport périmé", "Cas : Pas de passeport");
    private static final List<String> PLACES = List.of("Demande en France", "À l'étranger");

    @Test
    void anAgeFallsInItsRange() {
        assertEquals(Optional.of("Cas : Entre 0 et 12 ans"), CaseNaming.namedAmong(AGES, "pour mon fils de 8 ans"));
        assertEquals(Optional.of("Cas : Entre 12 et 13 ans"), CaseNaming.namedAmong(AGES, "ma fille a 12 ans"));
        assertEquals(Optional.of("Cas : À partir de 13 ans"), CaseNaming.namedAmong(AGES, "il a 16 ans"));
        assertEquals(Optional.empty(), CaseNaming.namedAmong(AGES, "son passeport est périmé depuis 3 ans"));
    }

    @Test
    void aButtonPayloadNamesItsCase() {
        assertEquals(Optional.of("Cas : Entre 0 et 12 ans"), CaseNaming.namedAmong(AGES, "carte d'identité Cas : Entre 0 et 12 ans"));
        assertEquals(Optional.of("Cas : À partir de 13 ans"), CaseNaming.namedAmong(AGES, "Cas : À partir de 13 ans"));
        assertEquals(Optional.of("Demande en France"), CaseNaming.namedAmong(PLACES, "Cas : Demande en France"));
    }

    @Test
    void theWordsThatSetACaseApartNameIt() {
        assertEquals(Optional.of("Cas : Pas de passeport"), CaseNaming.namedAmong(PASSPORTS, "je n'ai pas de passeport"));
        assertEquals(Optional.of("Cas : Vous avez un passeport périmé"), CaseNaming.namedAmong(PASSPORTS, "mon passeport est perimee"));
        assertEquals(Optional.of("Cas : Vous avez un passeport valide"), CaseNaming.namedAmong(PASSPORTS, "J'ai un passeport valide"));
        assertEquals(Optional.of("À l'étranger"), CaseNaming.namedAmong(PLACES, "j'habite à l'étranger"));
    }

    @Test
    void nothingIsNamedWhenTheConversationDoesNotTell() {
        assertEquals(Optional.empty(), CaseNaming.namedAmong(PASSPORTS, "j'ai un passeport"));
        assertEquals(Optional.empty(), CaseNaming.namedAmong(AGES, "carte d'identité pour mon enfant"));
    }
}
