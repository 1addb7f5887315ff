package eu.clusterhub.matchmaking;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a unit by its code ("machine-hours"), the same word as in the file and the API. */
@Converter
public class UnitConverter implements AttributeConverter<Unit, String> {

    @Override
    public String convertToDatabaseColumn(Unit unit) {
        return unit == null ? null : unit.code();
    }

    @Override
    public Unit convertToEntityAttribute(String code) {
        return code == null ? null : Unit.of(code).orElseThrow(() -> new IllegalStateException("unknown unit in the database: " + code));
    }
}
