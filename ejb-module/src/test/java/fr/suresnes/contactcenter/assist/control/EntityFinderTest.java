package fr.suresnes.contactcenter.assist.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.suresnes.contactcenter.assist.control.EntityKind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityFinderTest {

    @Test
    void findsEveryKindInACitizensMessageInTheOrderWritten() {
        String message = "Bonjour, j'ai déposé le 12/03/2024 une demande de permis, dossier n° DEM-2024-0456. J'habite "
                + "au 12 bis rue Carnot et on peut me joindre au 06 12 34 56 78 ou à jeanne.martin@exemple.fr.";

        assertEquals(List.of(new FoundEntity(DATE, "12/03/2024"), new FoundEntity(CASE_NUMBER, "DEM-2024-0456"),
                        new FoundEntity(ADDRESS, "12 bis rue Carnot"), new FoundEntity(PHONE, "06 12 34 56 78"),
                        new FoundEntity(EMAIL, "jeanne.martin@exemple.fr")),
                EntityFinder.in(message));
    }

    @Test
    void readsDatesWrittenInWordsOrShortened() {
        assertEquals(List.of(new FoundEntity(DATE, "lundi 3 mars"), new FoundEntity(DATE, "1er juin 2025"),
                        new FoundEntity(DATE, "15/09")),
                EntityFinder.in("Mon rendez-vous de lundi 3 mars est à déplacer après le 1er juin 2025, ou le 15/09."));
    }

    @Test
    void readsSuresnesAddressesWithTheirPostcodeAndStreetsWithoutANumber() {
        assertEquals(List.of(new FoundEntity(ADDRESS, "3, avenue Jean Jaurès, 92150 Suresnes"),
                        new FoundEntity(ADDRESS, "place de la Paix")),
                EntityFinder.in("Je suis au 3, avenue Jean Jaurès, 92150 Suresnes, le dépôt sauvage est place de la Paix depuis hier."));
        assertEquals(List.of(new FoundEntity(ADDRESS, "8 rue de la Liberté à Suresnes")),
                EntityFinder.in("c'est au 8 rue de la Liberté à Suresnes"));
        assertEquals(List.of(new FoundEntity(ADDRESS, "27 rue des bourets")),
                EntityFinder.in("j'habite 27 rue des bourets et je voudrais un bac"), "citizens often write in lower case");
    }

    @Test
    void readsPhoneNumbersInTheirUsualFrenchForms() {
        assertEquals(List.of(new FoundEntity(PHONE, "01.41.18.19.20"), new FoundEntity(PHONE, "+33 6 12 34 56 78"),
                        new FoundEntity(PHONE, "0612345678")),
                EntityFinder.in("Le 01.41.18.19.20 ne répond pas, rappelez-moi au +33 6 12 34 56 78 ou au 0612345678"));
    }

    @Test
    void readsCaseNumbersAfterTheirNameOrByTheirShape() {
        assertEquals(List.of(new FoundEntity(CASE_NUMBER, "2024/00123"), new FoundEntity(CASE_NUMBER, "AB123456")),
                EntityFinder.in("Où en est ma demande numéro : 2024/00123 ? J'ai aussi la référence AB123456."));
    }

    @Test
    void aPhoneNumberIsNotAlsoACaseNumberAndPlainNumbersAreNothing() {
        assertEquals(List.of(new FoundEntity(PHONE, "01 41 18 19 20")), EntityFinder.in("dossier au 01 41 18 19 20"));
        assertEquals(List.of(), EntityFinder.in("J'ai 3 enfants de 8, 12 et 15 ans, ça coûte 86 € ?"));
    }

    @Test
    void eachEntityIsListedOnceAcrossMessages() {
        assertEquals(List.of(new FoundEntity(EMAIL, "paul@exemple.fr"), new FoundEntity(DATE, "12 mai")),
                EntityFinder.in(List.of("écrivez à paul@exemple.fr", "paul@exemple.fr, c'est pour le 12 mai")));
    }
}
