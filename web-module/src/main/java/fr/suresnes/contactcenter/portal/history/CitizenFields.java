package fr.suresnes.contactcenter.portal.history;

import fr.suresnes.contactcenter.history.boundary.CitizenDetails;

import java.io.Serializable;

/** The fields of a form that says who a citizen is; each may be left blank. */
public class CitizenFields implements Serializable {

    private String displayName = "";
    private String phone = "";
    private String email = "";
    private String postalAddress = "";

    CitizenDetails details() {
        return new CitizenDetails(displayName, phone, email, postalAddress);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }
}
