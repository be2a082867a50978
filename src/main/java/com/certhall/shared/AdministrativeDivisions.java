package com.certhall.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Provinces and prefecture-level cities of mainland China with their GB/T 2260 codes ({@code shared/gb2260.tsv},
 * source named there): the list forms offer for a subject's province (ST) and city (L), and the reading of both from
 * the start of a Chinese address ("福建省福州市鼓楼区…").
 */
public final class AdministrativeDivisions {

    /** A province-level (no {@code provinceCode}) or prefecture-level division. */
    public record Division(String code, String name, @Nullable String provinceCode) {

        public boolean isProvince() {
            return provinceCode == null;
        }
    }

    /** A province and, when known, a city in it. */
    public record Place(Division province, @Nullable Division city) {
    }

    private static final List<String> PROVINCE_SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
            "省", "市");
    private static final List<Division> ALL = load();

    private AdministrativeDivisions() {
    }

    public static List<Division> provinces() {
        return ALL.stream().filter(Division::isProvince).toList();
    }

    public static List<Division> cities(String provinceCode) {
        return ALL.stream().filter(d -> provinceCode.equals(d.provinceCode())).toList();
    }

    public static Optional<Division> byCode(@Nullable String code) {
        return code == null ? Optional.empty() : ALL.stream().filter(d -> d.code().equals(code.strip())).findFirst();
    }

    /** The province and city an address starts with, by full or short name ("福建省福州市…", "福建福州…"). */
    public static Optional<Place> ofAddress(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = address.strip();
        for (Division province : provinces()) {
            for (String name : names(province.name(), PROVINCE_SUFFIXES)) {
                if (text.startsWith(name)) {
                    return Optional.of(new Place(province, cityAt(text.substring(name.length()), province)));
                }
            }
        }
        // An address may begin with the city alone ("福州市鼓楼区…").
        return ALL.stream().filter(d -> !d.isProvince() && d.name().length() > 2 && text.startsWith(d.name()))
                .max(Comparator.comparingInt(d -> d.name().length()))
                .map(city -> new Place(byCode(city.provinceCode()).orElseThrow(), city));
    }

    private static @Nullable Division cityAt(String rest, Division province) {
        List<Division> cities = cities(province.code());
        if (cities.size() == 1 && cities.get(0).name().equals(province.name())) {
            return cities.get(0); // a municipality is its own city
        }
        for (Division city : cities) {
            for (String name : names(city.name(), List.of("市", "地区", "盟"))) {
                if (rest.startsWith(name)) {
                    return city;
                }
            }
        }
        return null;
    }

    private static List<String> names(String full, List<String> suffixes) {
        List<String> names = new ArrayList<>(List.of(full));
        for (String suffix : suffixes) {
            if (full.endsWith(suffix) && full.length() - suffix.length() >= 2) {
                names.add(full.substring(0, full.length() - suffix.length()));
                break;
            }
        }
        return names;
    }

    private static List<Division> load() {
        List<Division> divisions = new ArrayList<>();
        try (InputStream in = AdministrativeDivisions.class.getResourceAsStream("/shared/gb2260.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                divisions.add(new Division(f[0], f[1], f[2].isEmpty() ? null : f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the GB/T 2260 list is missing", e);
        }
        return List.copyOf(divisions);
    }
}
