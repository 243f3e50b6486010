package fr.suresnes.contactcenter.conversation.policy;

/** The French emergency numbers the bot gives, with what each one is for. */
public enum EmergencyNumber {

    SAMU("15", "SAMU, urgence médicale"),
    POLICE("17", "police ou gendarmerie"),
    FIREFIGHTERS("18", "pompiers"),
    EUROPEAN("112", "numéro d'urgence européen"),
    DEAF_OR_SILENT("114", "urgence par SMS ou visio, pour les personnes sourdes, malentendantes ou qui ne peuvent pas parler"),
    SOCIAL_SAMU("115", "SAMU social, hébergement d'urgence"),
    CHILDHOOD_IN_DANGER("119", "enfance en danger"),
    SUICIDE_PREVENTION("3114", "prévention du suicide, 24 h/24");

    private final String number;
    private final String purpose;

    EmergencyNumber(String number, String purpose) {
        this.number = number;
        this.purpose = purpose;
    }

    public String number() {
        return number;
    }

    /** « 15 : SAMU, urgence médicale » */
    String line() {
        return number + " : " + purpose;
    }
}
