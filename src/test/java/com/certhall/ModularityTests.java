package com.certhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of docs/architecture.md hold, and the module documentation is written to docs/architecture.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CertHallApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES).writeDocumentation();
        Path generated = Path.of("target", "spring-modulith-docs");
        Path docs = Path.of("docs", "architecture");
        Files.createDirectories(docs);
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.toList()) {
                Files.copy(file, docs.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(docs.resolve("components.puml")).exists();
    }
}
