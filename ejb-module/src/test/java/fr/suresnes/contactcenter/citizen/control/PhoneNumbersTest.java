package fr.suresnes.contactcenter.citizen.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneNumbersTest {

    @Test
    void aNumberWrittenInAnyFrenchWayIsFoundInTheText() {
        assertEquals(Optional.of("+33612345678"), PhoneNumbers.findIn("vous pouvez me rappeler au 06 12 34 56 78 svp"));
        assertEquals(Optional.of("+33612345678"), PhoneNumbers.findIn("mon numéro : 06.12.34.56.78"));
        assertEquals(Optional.of("+33141181920"), PhoneNumbers.findIn("+33 1 41 18 19 20, le matin"));
        assertEquals(Optional.empty(), PhoneNumbers.findIn("ma demande n° 2024-118 du 12 mars"));
        assertEquals(Optional.empty(), PhoneNumbers.findIn("06 12 34"), "too short to call back");
    }

    @Test
    void oneFormToFindACitizenAndTheFrenchFormToShowIt() {
        assertEquals(Optional.of("+33612345678"), PhoneNumbers.normalize("0612345678"));
        assertEquals(Optional.empty(), PhoneNumbers.normalize("appelez-moi"));
        assertEquals("06 12 34 56 78", PhoneNumbers.display("+33612345678"));
        assertEquals("+44 20 7946 0958", PhoneNumbers.display("+442079460958"));
    }
}
