package com.certhall.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataProtectionTests {

    @TempDir
    Path dir;

    @Test
    void sealsAndOpensWithFreshIvs() {
        DataProtection p = new DataProtection("", dir, new MockEnvironment());
        String a = p.encrypt("11010519491231002X");
        String b = p.encrypt("11010519491231002X");
        assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("11010519491231002X");
        assertThat(p.decrypt(a)).isEqualTo("11010519491231002X");
    }

    @Test
    void sandboxKeyIsCreatedOnceAndReused() {
        DataProtection first = new DataProtection("", dir, new MockEnvironment());
        String sealed = first.encrypt("secret");
        assertThat(dir.resolve("keys/data.key")).exists();
        DataProtection second = new DataProtection("", dir, new MockEnvironment());
        assertThat(second.decrypt(sealed)).isEqualTo("secret");
        assertThat(second.keyedHash("x")).isEqualTo(first.keyedHash("x"));
    }

    @Test
    void tamperingAndForeignKeysAreRefused() throws Exception {
        DataProtection p = new DataProtection("", dir, new MockEnvironment());
        String sealed = p.encrypt("secret");
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> p.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
        String other = Base64.getEncoder().encodeToString(new byte[32]);
        DataProtection foreign = new DataProtection(other, dir, new MockEnvironment());
        assertThatThrownBy(() -> foreign.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
        assertThat(foreign.keyedHash("x")).isNotEqualTo(p.keyedHash("x"));
    }

    @Test
    void prodRefusesToRunWithoutAConfiguredKey() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new DataProtection("", dir, prod)).hasMessageContaining("certhall.data-protection.key");
        assertThat(Files.exists(dir.resolve("keys/data.key"))).isFalse();
    }
}
