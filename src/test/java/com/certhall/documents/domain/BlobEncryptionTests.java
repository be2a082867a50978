package com.certhall.documents.domain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-GCM at rest: fresh IVs, the blob key bound in, any change refused; where the key comes from. */
class BlobEncryptionTests {

    static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");
    static final byte[] PLAIN = "营业执照 91350100M000100Y43".getBytes(StandardCharsets.UTF_8);

    final BlobCipher cipher = new BlobCipher(KEY);

    @Test
    void sealsWithAFreshIvEachTimeAndOpensAgain() throws Exception {
        byte[] first = cipher.encrypt("documents/2026/11/a", PLAIN);
        byte[] second = cipher.encrypt("documents/2026/11/a", PLAIN);

        assertThat(first).isNotEqualTo(second);
        assertThat(first).hasSize(1 + 12 + PLAIN.length + 16);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("91350100M000100Y43");
        assertThat(cipher.decrypt("documents/2026/11/a", first)).isEqualTo(PLAIN);
        assertThat(cipher.decrypt("documents/2026/11/a", second)).isEqualTo(PLAIN);
    }

    @Test
    void refusesABlobWithAnyByteChanged() {
        byte[] blob = cipher.encrypt("documents/2026/11/a", PLAIN);
        for (int i : new int[] {1, 13, 20, blob.length - 1}) {
            byte[] tampered = blob.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.decrypt("documents/2026/11/a", tampered))
                    .isInstanceOf(GeneralSecurityException.class);
        }
    }

    @Test
    void refusesABlobMovedUnderAnotherKeyOrSealedWithAnotherSecret() {
        byte[] blob = cipher.encrypt("documents/2026/11/a", PLAIN);

        assertThatThrownBy(() -> cipher.decrypt("documents/2026/11/b", blob))
                .isInstanceOf(GeneralSecurityException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new BlobCipher(new SecretKeySpec(other, "AES")).decrypt("documents/2026/11/a", blob))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> cipher.decrypt("documents/2026/11/a", new byte[10]))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void usesTheConfiguredKey(@TempDir Path dataDir) {
        byte[] raw = new byte[32];
        raw[31] = 7;

        SecretKey key = DocumentKeyLoader.load(Base64.getEncoder().encodeToString(raw), true, dataDir);

        assertThat(key.getEncoded()).isEqualTo(raw);
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void refusesAConfiguredKeyThatIsNotAes256(@TempDir Path dataDir) {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> DocumentKeyLoader.load(short16, false, dataDir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> DocumentKeyLoader.load("not base64!", false, dataDir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("base64");
    }

    @Test
    void refusesToStartInProductionWithoutAKey(@TempDir Path dataDir) {
        assertThatThrownBy(() -> DocumentKeyLoader.load(null, true, dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DocumentKeyLoader.PROPERTY);
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void generatesAnOwnerOnlyKeyOnceOutsideProduction(@TempDir Path dataDir) throws Exception {
        SecretKey first = DocumentKeyLoader.load(null, false, dataDir);
        SecretKey again = DocumentKeyLoader.load("", false, dataDir);

        Path file = dataDir.resolve("keys/documents.key");
        assertThat(first.getEncoded()).hasSize(32).isEqualTo(again.getEncoded());
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).isEqualTo(first.getEncoded());
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(Files.getPosixFilePermissions(file.getParent())).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    }
}
