package fr.suresnes.contactcenter.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every Instant in a TIMESTAMP WITH TIME ZONE column, as the OffsetDateTime in UTC that JDBC 4.2 drivers
 * (H2, PostgreSQL) read and write natively. EclipseLink 4.0 (JPA 3.1) has no mapping of its own for Instant.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
