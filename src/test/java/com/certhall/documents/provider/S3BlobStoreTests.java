package com.certhall.documents.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certhall.documents.DocumentStoreUnavailableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The S3 blob store against a local S3-compatible server that checks every request's SigV4 signature. */
class S3BlobStoreTests {

    static final String BUCKET = "certhall-documents";
    static final String KEY_ID = "AKIACERTHALLTEST0001";
    static final String SECRET = "test/Secret+Key/For/SigV4/Checks/0000000";
    static final String REGION = "cn-north-1";

    S3Stub s3;

    @BeforeEach
    void start() throws IOException {
        s3 = new S3Stub(BUCKET, KEY_ID, SECRET, REGION);
    }

    @AfterEach
    void stop() {
        s3.close();
    }

    S3BlobStore store(URI endpoint, String keyId, String secret) {
        return new S3BlobStore(new S3BlobStoreProperties(BUCKET, endpoint, REGION, true, keyId, secret,
                Duration.ofSeconds(3)));
    }

    @Test
    void writesReadsAndLooksUpSignedObjectsInTheBucket() {
        S3BlobStore store = store(s3.origin(), KEY_ID, SECRET);
        byte[] sealed = "\u0001 encrypted bytes \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        String key = "documents/2026/12/0b6f6e3e-7f4a-4c55-9d8e-000000000001";

        store.put(key, sealed);

        assertThat(s3.objects).containsKey(key);
        assertThat(s3.objects.get(key)).isEqualTo(sealed);
        assertThat(store.get(key)).isEqualTo(sealed);
        assertThat(store.exists(key)).isTrue();
        // the written bytes are covered by the signature; reads have no body to cover
        assertThat(s3.requests).containsExactly("PUT /" + BUCKET + "/" + key + " signed",
                "GET /" + BUCKET + "/" + key + " unsigned", "HEAD /" + BUCKET + "/" + key + " unsigned");
        assertThat(s3.refusals).isEmpty();
        store.destroy();
    }

    @Test
    void aKeyIsTakenOnceEvenByAnotherNode() {
        String key = "documents/2026/12/0b6f6e3e-7f4a-4c55-9d8e-000000000002";
        store(s3.origin(), KEY_ID, SECRET).put(key, new byte[] {1});

        assertThatThrownBy(() -> store(s3.origin(), KEY_ID, SECRET).put(key, new byte[] {2}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already taken");
        assertThat(s3.objects.get(key)).containsExactly(1);
    }

    @Test
    void aMissingObjectIsNotFoundAndDoesNotExist() {
        S3BlobStore store = store(s3.origin(), KEY_ID, SECRET);
        String key = "documents/2026/12/0b6f6e3e-7f4a-4c55-9d8e-000000000003";

        assertThatThrownBy(() -> store.get(key)).isInstanceOf(BlobNotFoundException.class).hasMessageContaining(key);
        assertThat(store.exists(key)).isFalse();
        assertThat(s3.refusals).isEmpty();
    }

    @Test
    void aWrongSecretIsRefusedWithS3sCodeAsA503NotA500() {
        S3BlobStore store = store(s3.origin(), KEY_ID, "not-the-secret");
        String key = "documents/2026/12/0b6f6e3e-7f4a-4c55-9d8e-000000000004";

        assertThatThrownBy(() -> store.put(key, new byte[] {1}))
                .isInstanceOfSatisfying(DocumentStoreUnavailableException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.messageKey()).isEqualTo("documents.error.store-unavailable");
                })
                .hasMessageContaining("HTTP 403 SignatureDoesNotMatch").hasMessageContaining("access-key-id")
                .hasMessageNotContaining("not-the-secret");
        assertThat(s3.objects).isEmpty();
        assertThat(s3.refusals).singleElement().asString().startsWith("SignatureDoesNotMatch");
    }

    @Test
    void anUnknownKeyIdIsRefusedOnReadAndLookUp() {
        S3BlobStore store = store(s3.origin(), "AKIAUNKNOWN000000000", SECRET);
        String key = "documents/2026/12/0b6f6e3e-7f4a-4c55-9d8e-000000000005";

        assertThatThrownBy(() -> store.get(key)).isInstanceOf(DocumentStoreUnavailableException.class)
                .hasMessageContaining("HTTP 403 InvalidAccessKeyId");
        assertThatThrownBy(() -> store.exists(key)).isInstanceOf(DocumentStoreUnavailableException.class)
                .hasMessageContaining("HTTP 403");
    }

    @Test
    void anUnreachableStoreIsA503() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        S3BlobStore store = store(URI.create("http://127.0.0.1:" + closed), KEY_ID, SECRET);

        assertThatThrownBy(() -> store.get("documents/2026/12/x"))
                .isInstanceOfSatisfying(DocumentStoreUnavailableException.class,
                        e -> assertThat(e.status()).isEqualTo(503))
                .hasMessageContaining("unreachable");
    }

    @Test
    void badKeysAndMissingSettingsNeverReachTheServer() {
        S3BlobStore store = store(s3.origin(), KEY_ID, SECRET);

        assertThatThrownBy(() -> store.put("../escape", new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new S3BlobStore(new S3BlobStoreProperties(" ", s3.origin(), REGION, true, KEY_ID,
                SECRET, null))).hasMessageContaining("CERTHALL_DOCUMENTS_S3_BUCKET");
        assertThatThrownBy(() -> new S3BlobStore(new S3BlobStoreProperties(BUCKET, s3.origin(), REGION, true,
                KEY_ID, null, null))).hasMessageContaining("set both or neither");
        assertThat(s3.requests).isEmpty();
    }
}
