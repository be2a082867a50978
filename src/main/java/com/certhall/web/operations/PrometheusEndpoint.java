package com.certhall.web.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/prometheus}: every meter of the application's registry in the Prometheus text exposition
 * format 0.0.4 (docs/deployment.md, "Metrics"). The Prometheus registry library is not in this build's offline
 * repository, so the meters Micrometer already keeps are written out here: dots become underscores, the base unit is
 * appended, counters end in {@code _total}, timers and summaries give {@code _count}, {@code _sum} and {@code _max}.
 * Only ADMIN reads it (web.security.SecurityConfig, actuator chain).
 */
@Component
@WebEndpoint(id = "prometheus")
class PrometheusEndpoint {

    static final String CONTENT_TYPE = "text/plain;version=0.0.4;charset=utf-8";

    private final MeterRegistry registry;

    PrometheusEndpoint(MeterRegistry registry) {
        this.registry = registry;
    }

    @ReadOperation(produces = CONTENT_TYPE)
    String scrape() {
        Map<String, Family> families = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            write(meter, families);
        }
        StringBuilder out = new StringBuilder();
        families.forEach((name, family) -> {
            out.append("# TYPE ").append(name).append(' ').append(family.type).append('\n');
            family.samples.forEach(sample -> out.append(sample).append('\n'));
        });
        return out.toString();
    }

    private static void write(Meter meter, Map<String, Family> families) {
        Meter.Id id = meter.getId();
        String labels = labels(id.getTags());
        String base = name(id.getName());
        if (meter instanceof Counter counter) {
            sample(families, base + suffix(id, base) + "_total", "counter", labels, counter.count());
        } else if (meter instanceof FunctionCounter counter) {
            sample(families, base + suffix(id, base) + "_total", "counter", labels, counter.count());
        } else if (meter instanceof TimeGauge gauge) {
            sample(families, base + "_seconds", "gauge", labels, gauge.value(TimeUnit.SECONDS));
        } else if (meter instanceof Gauge gauge) {
            sample(families, base + suffix(id, base), "gauge", labels, gauge.value());
        } else if (meter instanceof Timer timer) {
            summary(families, base + "_seconds", labels, timer.count(), timer.totalTime(TimeUnit.SECONDS),
                    timer.max(TimeUnit.SECONDS));
        } else if (meter instanceof FunctionTimer timer) {
            summary(families, base + "_seconds", labels, (long) timer.count(), timer.totalTime(TimeUnit.SECONDS),
                    Double.NaN);
        } else if (meter instanceof LongTaskTimer timer) {
            sample(families, base + "_active_count", "gauge", labels, timer.activeTasks());
            sample(families, base + "_duration_seconds", "gauge", labels, timer.duration(TimeUnit.SECONDS));
        } else if (meter instanceof DistributionSummary summary) {
            String name = base + suffix(id, base);
            summary(families, name, labels, summary.count(), summary.totalAmount(), summary.max());
        } else {
            meter.measure().forEach(m -> sample(families, base + "_" + name(m.getStatistic().getTagValueRepresentation()),
                    "untyped", labels, m.getValue()));
        }
    }

    private static void summary(Map<String, Family> families, String name, String labels, long count, double sum,
            double max) {
        Family family = families.computeIfAbsent(name, n -> new Family("summary"));
        family.samples.add(name + "_count" + labels + " " + count);
        family.samples.add(name + "_sum" + labels + " " + number(sum));
        if (!Double.isNaN(max)) {
            sample(families, name + "_max", "gauge", labels, max);
        }
    }

    private static void sample(Map<String, Family> families, String name, String type, String labels, double value) {
        families.computeIfAbsent(name, n -> new Family(type)).samples.add(name + labels + " " + number(value));
    }

    private static String suffix(Meter.Id id, String name) {
        String unit = id.getBaseUnit();
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String clean = name(unit);
        return name.endsWith("_" + clean) ? "" : "_" + clean;
    }

    /** Metric and label names: {@code [a-zA-Z_:][a-zA-Z0-9_:]*}. */
    static String name(String raw) {
        String clean = raw.replaceAll("[^a-zA-Z0-9_:]", "_");
        return Character.isDigit(clean.charAt(0)) ? "_" + clean : clean;
    }

    private static String labels(List<Tag> tags) {
        if (tags.isEmpty()) {
            return "";
        }
        return tags.stream().map(tag -> name(tag.getKey()) + "=\"" + tag.getValue().replace("\\", "\\\\")
                .replace("\"", "\\\"").replace("\n", "\\n") + "\"").collect(Collectors.joining(",", "{", "}"));
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static final class Family {
        final String type;
        final List<String> samples = new ArrayList<>();

        Family(String type) {
            this.type = type;
        }
    }
}
