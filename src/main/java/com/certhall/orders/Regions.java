package com.certhall.orders;

import com.certhall.shared.AdministrativeDivisions;
import com.certhall.shared.AdministrativeDivisions.Division;
import com.certhall.shared.FieldViolation;
import com.certhall.shared.InputHygiene;
import com.certhall.shared.InvalidInputException;
import java.util.Optional;

/**
 * The province-and-city picker of the subject step (GB/T 2260, {@code shared.AdministrativeDivisions}): the chosen
 * city's province and city names lead the stored address ("福建省福州市" + street), which is where the CA reads the
 * certificates' ST and L from (docs/pki.md).
 */
final class Regions {

    private Regions() {
    }

    /**
     * The address with the picked region in front; an unknown code is an error on {@code field}. A null street (it
     * was refused already) stays null.
     */
    static String address(String field, String region, String street, InvalidInputException.Collector errors) {
        String code = InputHygiene.compact(region);
        if (street == null || code.isEmpty()) {
            return street;
        }
        String address = InputHygiene.tidy(street);
        Optional<Division> city = AdministrativeDivisions.byCode(code).filter(d -> !d.isProvince());
        if (city.isEmpty()) {
            errors.add(FieldViolation.of(field, "unknown", "orders.region.unknown", field));
            return address;
        }
        Division province = AdministrativeDivisions.byCode(city.get().provinceCode()).orElseThrow();
        String prefix = province.name().equals(city.get().name()) ? province.name()
                : province.name() + city.get().name();
        return address.startsWith(prefix) ? address : prefix + address;
    }

    /** The region code an address starts with, for showing a saved subject in the picker; empty when none. */
    static String of(String address) {
        return AdministrativeDivisions.ofAddress(address).map(AdministrativeDivisions.Place::city)
                .map(Division::code).orElse("");
    }
}
