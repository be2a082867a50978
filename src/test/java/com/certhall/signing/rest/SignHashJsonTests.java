package com.certhall.signing.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lean signHash writes its answer straight from the signatures' octets (docs/signing.md, "Speed"): the same JSON,
 * octet for octet, as Jackson writes for the endpoint's response record.
 */
class SignHashJsonTests {

    @Test
    void theAnswerWrittenFromOctetsIsJacksonsOctetForOctet() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(15);
        for (int count : new int[] {0, 1, 3, 1000}) {
            List<byte[]> signatures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // DER ECDSA and SM2 signatures of 70–72 octets and RSA's 256: every Base64 padding
                byte[] signature = new byte[new int[] {70, 71, 72, 256}[i % 4]];
                random.nextBytes(signature);
                signatures.add(signature);
            }
            byte[] jackson = json.writeValueAsBytes(new CscJson.SignHashResponse(signatures.stream()
                    .map(s -> Base64.getEncoder().encodeToString(s)).toList()));

            assertThat(new String(CscJson.SignHashResponse.json(signatures), StandardCharsets.US_ASCII))
                    .as("%d signatures", count).isEqualTo(new String(jackson, StandardCharsets.UTF_8));
        }
    }
}
