package fr.suresnes.contactcenter.handoff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** How an agent closed a conversation (« Information donnée », « Rappel programmé »…), from a list the city edits. */
@Entity
@Table(name = "WRAP_UP_CODE")
@NamedQuery(name = WrapUpCode.FIND_ALL, query = "SELECT w FROM WrapUpCode w ORDER BY w.position, w.code")
public class WrapUpCode {

    public static final String FIND_ALL = "WrapUpCode.findAll";

    @Id
    @Column(length = 40)
    private String code;

    @Column(length = 200, nullable = false)
    private String label;

    @Column(nullable = false)
    private int position;

    protected WrapUpCode() {
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }
}
