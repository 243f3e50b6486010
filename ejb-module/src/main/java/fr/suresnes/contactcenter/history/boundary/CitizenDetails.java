package fr.suresnes.contactcenter.history.boundary;

/** What an agent knows of who a citizen is; every part is optional, a blank one changes nothing. */
public record CitizenDetails(String displayName, String phone, String email, String postalAddress) {

    public boolean isEmpty() {
        return blank(displayName) && blank(phone) && blank(email) && blank(postalAddress);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
